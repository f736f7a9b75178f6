/** Keeps typed records between builds: a compact binary form for any record, and the schema that guards it. */
package org.standfirst.cache;
