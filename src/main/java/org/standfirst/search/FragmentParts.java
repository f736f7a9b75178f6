package org.standfirst.search;

import java.io.IOException;

/** Result fragments, given in document order, written as parts of {@code perPart} documents. */
final class FragmentParts {
    /** Writes the part whose first document is {@code from}: its fragments' JSON, comma-separated. */
    interface Writer {
        void part(int from, CharSequence json) throws IOException;
    }

    private final int docs;
    private final int perPart;
    private final Writer writer;
    private StringBuilder json = new StringBuilder();
    private int next;

    FragmentParts(int docs, int perPart, Writer writer) {
        this.docs = docs;
        this.perPart = perPart;
        this.writer = writer;
    }

    void add(String fragment) throws IOException {
        int doc = next++;
        if (json.length() > 0) json.append(',');
        json.append(fragment);
        if ((doc + 1) % perPart == 0 || doc == docs - 1) {
            writer.part(doc - doc % perPart, json);
            json = new StringBuilder();
        }
    }
}
