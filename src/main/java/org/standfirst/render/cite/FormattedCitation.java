package org.standfirst.render.cite;

import java.util.List;

/**
 * A reference as parts, so templates can set the title in italics and the URL as a link while
 * escaping every part: nothing here is HTML.
 */
public record FormattedCitation(List<Part> parts) {

    public FormattedCitation {
        parts = List.copyOf(parts);
    }

    /** A run of text; {@code italic} for titles of stand-alone works, {@code link} for the URL. */
    public record Part(String text, boolean italic, boolean link) {
    }

    public String plainText() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
