package org.standfirst.render.cite;

import java.util.ArrayList;
import java.util.List;
import org.standfirst.render.cite.FormattedCitation.Part;

/** Collects the runs of a reference and owns its punctuation, so no style ends up with "Why?." or "Jr..". */
final class CitationBuilder {
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder written = new StringBuilder();

    CitationBuilder text(String text) {
        return add(new Part(text, false, false));
    }

    CitationBuilder italic(String text) {
        return add(new Part(text, true, false));
    }

    CitationBuilder link(String url) {
        return add(new Part(url, false, true));
    }

    /** Closes an element with a period unless it already ends in one, or in "?" or "!". */
    CitationBuilder period() {
        return endsSentence(written) ? this : text(".");
    }

    FormattedCitation build() {
        return new FormattedCitation(parts);
    }

    /** True when the text ends in terminal punctuation, looking inside closing quotation marks. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && "”’\"'".indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && ".?!…".indexOf(text.charAt(i)) >= 0;
    }

    private CitationBuilder add(Part part) {
        if (part.text().isEmpty()) return this;
        written.append(part.text());
        int last = parts.size() - 1;
        // Merge neighbouring plain or italic runs so templates emit one <i> per title, not one per word.
        if (!part.link() && last >= 0 && !parts.get(last).link() && parts.get(last).italic() == part.italic()) {
            parts.set(last, new Part(parts.get(last).text() + part.text(), part.italic(), false));
        } else {
            parts.add(part);
        }
        return this;
    }
}
