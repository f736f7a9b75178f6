package org.standfirst.search;

import java.io.IOException;

/**
 * The search index begun on a thread of its own while the pages are rendered ({@link SearchIndex#ahead}): a
 * part's reuse needs nothing of render, and render leaves a core idle for a while (its feeds and last
 * listings). When the index is sure to be made whole (no last index, or too much changed to patch it),
 * the analysis of every piece is most of the stage: until {@link SearchIndex#write(IndexAhead)} is called,
 * pieces are analysed one at a time, then on every core. Otherwise the last index is patched on the
 * thread. Either way {@code write} adds the facet columns and meta.js once render is done. Close it in any
 * case: without that call, closing stops a whole index and drops what it spilled.
 */
public final class IndexAhead implements AutoCloseable {
    private final SearchIndex index;
    private final PostingSpill spill;
    private final IndexState last;
    private final Vocabulary vocabulary = new Vocabulary();
    private final FragmentParts fragments;
    private final Thread thread;
    private volatile boolean rendered;
    private volatile boolean stopped;
    private Exception failed;
    private boolean closed;
    /** The patch, once the thread made it; null when the index is made whole, or could not be patched. */
    private SearchIndex.Patched patched;

    IndexAhead(SearchIndex index, PostingSpill spill, IndexState last, boolean rendered) throws IOException {
        this.index = index;
        this.fragments = new FragmentParts(index.docs(), SearchIndex.FRAGMENTS,
                (from, json) -> index.fragmentPart(from, () -> json));
        this.spill = spill;
        this.last = last;
        this.rendered = rendered;
        if (spill == null) {
            thread = new Thread(this::patch, "search-patch");
            thread.setDaemon(true);
            thread.start();
            return;
        }
        thread = new Thread(this::run, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            for (int from = 0; from < index.docs() && !stopped; from += SearchIndex.BATCH) {
                boolean parallel = rendered;
                int to = Math.min(index.docs(), from + SearchIndex.BATCH);
                index.spill(index.analyse(from, to, parallel), from, to, spill, vocabulary, fragments);
            }
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
    }

    private void patch() {
        try {
            patched = index.patch(last);
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
    }

    /** Waits for the patch of the last index; null when it could not be patched. */
    SearchIndex.Patched patched() throws IOException {
        join();
        rethrow();
        return patched;
    }

    /** Waits for every piece to be analysed and spilled, on every core from now on. */
    void finish() throws IOException {
        rendered = true;
        join();
        rethrow();
    }

    private void rethrow() throws IOException {
        if (failed instanceof IOException e) throw e;
        if (failed instanceof RuntimeException e) throw e;
    }

    private void join() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            stopped = true;
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the search index was made", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        stopped = true;
        if (spill == null) {
            join(); // a patch is not stopped half-way: it may be writing a part
            return;
        }
        try {
            join();
        } finally {
            spill.close();
        }
    }

    /** The spill the analyses go to; null when the last index is patched instead. */
    PostingSpill spill() {
        return spill;
    }

    /** The last build's index, or null. */
    IndexState last() {
        return last;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }
}
