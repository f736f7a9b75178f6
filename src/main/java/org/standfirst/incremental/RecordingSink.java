package org.standfirst.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.standfirst.render.PageSink;

/** Passes every file on to the output, and records it in the next page index by its size. */
record RecordingSink(PageSink sink, PageIndex index) implements PageSink {
    @Override
    public void page(String sitePath, String html) {
        sink.page(sitePath, html);
        index.put(sitePath, new PageIndex.Entry("", utf8Length(html), List.of()));
    }

    @Override
    public void copy(String sitePath, Path source) {
        sink.copy(sitePath, source);
        try {
            index.put(sitePath, new PageIndex.Entry("", Files.size(source), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(String sitePath, byte[] bytes) {
        sink.file(sitePath, bytes);
        index.put(sitePath, new PageIndex.Entry("", bytes.length, List.of()));
    }

    /** The number of bytes {@code text} takes in UTF-8, without encoding it again. */
    static long utf8Length(String text) {
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
