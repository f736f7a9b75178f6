package org.standfirst.render;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, file by file, whether the previous build's output can stand: keeps files whose input
 * digest is unchanged (the sink checks, for all of them at once, that the output still holds them),
 * passes the rest to the sink, and records every file's digest in the index for the next build.
 */
final class PageReuse {
    private final PageIndex previous;
    private final PageIndex next;
    private final PageSink sink;
    private final AtomicInteger keptPages = new AtomicInteger();
    private final AtomicInteger copied = new AtomicInteger();

    /**
     * @param previous the last build's index; empty when the sink does not hold that build's output
     * @param sink records every file it writes in {@code next}, by size (the renderer's indexing
     *     sink), so the size of what it wrote is worked out once
     */
    PageReuse(PageIndex previous, PageIndex next, PageSink sink) {
        this.previous = sink.holdsPrevious() ? previous : PageIndex.empty();
        this.next = next;
        this.sink = sink;
    }

    /**
     * The previous entry for {@code sitePath} when its digest is {@code key}. Whether the output still
     * has the file is not looked at here, file by file, but by the sink for all kept files at once.
     */
    PageIndex.Entry unchanged(String sitePath, String key) {
        PageIndex.Entry entry = previous.get(sitePath);
        return entry != null && !entry.key().isEmpty() && entry.key().equals(key) ? entry : null;
    }

    /** Keeps the previous build's file (after {@link #unchanged} said it may). */
    void keep(String sitePath, PageIndex.Entry entry) {
        sink.keep(sitePath, entry.size());
        next.put(sitePath, entry);
    }

    /** Keeps a page if unchanged; returns whether it did. Counts it as a page. */
    boolean keepPage(String sitePath, String key) {
        PageIndex.Entry entry = unchanged(sitePath, key);
        if (entry == null) return false;
        keep(sitePath, entry);
        keptPages.incrementAndGet();
        return true;
    }

    /** Writes a file and records what it was made from. */
    void write(String sitePath, String key, String content, List<BodyLinks.Resolved> links) {
        sink.page(sitePath, content);
        next.key(sitePath, key, links);
    }

    /** Copies a file, or keeps the previous copy when the source has not changed since. */
    void copy(String sitePath, Path source) {
        String key = PageKeys.asset(source);
        PageIndex.Entry entry = unchanged(sitePath, key);
        if (entry != null) {
            keep(sitePath, entry);
            return;
        }
        sink.copy(sitePath, source);
        next.key(sitePath, key, List.of());
        copied.incrementAndGet();
    }

    /** How many files were copied rather than kept: new or changed stylesheets, images, attachments. */
    int copied() {
        return copied.get();
    }

    void countKept() {
        keptPages.incrementAndGet();
    }

    int keptPages() {
        return keptPages.get();
    }

    /** The number of bytes {@code text} takes in UTF-8, without encoding it. */
    static long utf8Length(String text) { // a String, not a CharSequence: C1 inlines its charAt
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++; // an unpaired surrogate is encoded as '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
