/**
 * Writes files for the user to edit: {@code standfirst new} (pieces and profiles with complete front
 * matter that the validator accepts), {@code init} (a new archive) and {@code theme export}.
 */
package org.standfirst.create;
