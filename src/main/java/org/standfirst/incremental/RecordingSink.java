package org.standfirst.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.standfirst.render.PageSink;

/** Passes every file on to the output, and records it in the next page index by its size. */
record RecordingSink(PageSink sink, PageIndex index) implements PageSink {
    @Override
    public void copy(String sitePath, Path source) {
        sink.copy(sitePath, source);
        try {
            index.put(sitePath, new PageIndex.Entry("", Files.size(source)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(String sitePath, byte[] bytes) {
        sink.file(sitePath, bytes);
        index.put(sitePath, new PageIndex.Entry("", bytes.length));
    }
}
