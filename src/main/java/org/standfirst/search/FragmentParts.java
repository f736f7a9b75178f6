package org.standfirst.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Result fragments, given in document order, written as parts of {@code perPart} documents; or, while
 * they are held, kept in a scratch file to be written when they are released.
 */
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
    private Path file;
    private DataOutputStream held;
    private int heldCount;

    FragmentParts(int docs, int perPart, Writer writer) {
        this.docs = docs;
        this.perPart = perPart;
        this.writer = writer;
    }

    /** How many fragments are held, and none from now on. */
    private int held() {
        int count = heldCount;
        heldCount = 0;
        return count;
    }

    void hold(Path file) throws IOException {
        this.file = file;
        held = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void add(String fragment) throws IOException {
        if (held != null) {
            IndexState.writeString(held, fragment);
            heldCount++;
            return;
        }
        int doc = next++;
        if (json.length() > 0) json.append(',');
        json.append(fragment);
        if ((doc + 1) % perPart == 0 || doc == docs - 1) {
            writer.part(doc - doc % perPart, json);
            json = new StringBuilder();
        }
    }

    /** Writes the fragments held so far, and those to come as they come. */
    void release() throws IOException {
        if (held == null) return;
        held.close();
        held = null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = held(); i > 0; i--) add(IndexState.readString(in, Integer.MAX_VALUE));
        }
        Files.delete(file);
    }

    void drop() throws IOException {
        if (held != null) held.close();
        held = null;
        if (file != null) Files.deleteIfExists(file);
    }
}
