/** Immutable records that describe an archive once it has been read and checked. */
package org.standfirst.model;
