package org.standfirst.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where rendered pages go: the writer in a build, nowhere in a check, memory in tests.
 * Called from several threads at once, never twice for the same path.
 */
public interface PageSink {
    /** A sink that drops everything: {@code check} writes nothing. */
    PageSink DISCARD = new PageSink() {
        @Override
        public void page(String sitePath, String html) {
        }

        @Override
        public void copy(String sitePath, Path source) {
        }

        @Override
        public void file(String sitePath, byte[] bytes) {
        }
    };

    /** A page or other text file made by the build: encoded once, here, as UTF-8, and written as {@link #file}. */
    default void page(String sitePath, String html) {
        file(sitePath, html.getBytes(StandardCharsets.UTF_8));
    }

    void copy(String sitePath, Path source);

    /** A file made by the build: these bytes, as they are. */
    void file(String sitePath, byte[] bytes);
}
