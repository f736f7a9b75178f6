package org.standfirst.render.cite;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A formatted reference as runs of plain text. Templates escape each part and mark it up themselves
 * (italic as {@code <i>}, the link part as {@code <a href>}), so no part ever holds HTML.
 */
public record FormattedCitation(List<Part> parts) {

    public FormattedCitation {
        parts = List.copyOf(parts);
    }

    /** The reference without markup, e.g. for a "copy" button or a plain-text export. */
    public String plainText() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /**
     * One run of text.
     *
     * @param italic set for titles of stand-alone works
     * @param link set only for the URL; its text is the address to link to
     */
    public record Part(String text, boolean italic, boolean link) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }
}
