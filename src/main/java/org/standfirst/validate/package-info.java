/** Turns front matter into typed records, collecting every problem with its file and line. */
package org.standfirst.validate;
