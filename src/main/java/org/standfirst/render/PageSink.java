package org.standfirst.render;

import java.nio.file.Path;

/**
 * Where rendered pages go: the writer in a build, nowhere in a check, memory in tests.
 * Called from several threads at once, never twice for the same path.
 */
public interface PageSink {
    void page(String sitePath, String html);

    void copy(String sitePath, Path source);

    /**
     * The file the previous build wrote at {@code sitePath} ({@code size} bytes long) is still right,
     * byte for byte: keep it instead of writing it again. The sink makes sure the file is still there
     * at that size before the build is published, and refuses to publish it otherwise. Only called on
     * a sink that holds a previous build (see {@link #holdsPrevious()}).
     */
    default void keep(String sitePath, long size) {
        throw new UnsupportedOperationException("this sink holds no previous build");
    }

    /** Whether {@link #keep} may be used: the sink writes over the previous build's output. */
    default boolean holdsPrevious() {
        return false;
    }

    /**
     * A private folder for intermediate files (bodies kept for the feeds), removed before the site is
     * published; null when the sink writes nothing, and then nothing needs keeping.
     */
    default Path scratch() {
        return null;
    }

    /**
     * A sink that drops everything: {@code check} writes nothing. It accepts {@link #keep}, so a check
     * skips the pages the last build's index vouches for, as a rebuild does; with nothing to publish,
     * there is no output to check them against.
     */
    PageSink DISCARD = new PageSink() {
        @Override
        public void page(String sitePath, String html) {
        }

        @Override
        public void copy(String sitePath, Path source) {
        }

        @Override
        public void keep(String sitePath, long size) {
        }

        @Override
        public boolean holdsPrevious() {
            return true;
        }
    };
}
