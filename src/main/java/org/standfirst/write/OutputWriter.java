package org.standfirst.write;

import java.io.IOException;
import java.nio.file.Path;
import org.standfirst.render.PageSink;

/**
 * Where a build's files go until the build is published: a new folder swapped in whole
 * ({@link SiteWriter}), or an update of the old one in place ({@link SiteUpdater}). Nothing reaches
 * the output before {@link #commit}; closing without a commit leaves the output as it was.
 */
public interface OutputWriter extends PageSink, AutoCloseable {
    /**
     * The file the previous build wrote at {@code sitePath} ({@code size} bytes long) is still right,
     * byte for byte: keep it instead of writing it again. The writer makes sure the file is still
     * there at that size before the build is published, and refuses to publish it otherwise.
     */
    void keep(String sitePath, long size);

    /**
     * How many copied files (stylesheets, images, attachments) differ from the output's file of that
     * name: when none do, a page whose HTML is unchanged looks exactly as it did.
     */
    int changedCopies();

    /** A private folder for intermediate files, removed before the site is published. */
    Path scratch();

    /** Makes the build public. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
