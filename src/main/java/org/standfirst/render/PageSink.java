package org.standfirst.render;

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

    void page(String sitePath, String html);

    void copy(String sitePath, Path source);

    /** A file made by the build that is not a page (an image derivative): these bytes, as they are. */
    void file(String sitePath, byte[] bytes);
}
