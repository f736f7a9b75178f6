/** {@code standfirst new}: writes new pieces and profiles with complete front matter that the validator accepts. */
package org.standfirst.create;
