package org.standfirst.render.cite;

/** The reference styles the "Cite this" block offers. */
public enum CitationStyle {
    /** Chicago Manual of Style, 17th edition, author-date reference list. The default. */
    CHICAGO,
    /** APA Publication Manual, 7th edition, reference list. */
    APA
}
