package org.standfirst.search;

import java.io.IOException;

/**
 * The whole search index begun on a thread of its own while the pages are rendered ({@link SearchIndex#ahead}),
 * when it is sure to be made whole (no last index, or too much changed to patch it): render leaves a core
 * idle for a while (its feeds and last listings), and the analysis of every piece is most of the stage.
 * Until {@link SearchIndex#write(IndexAhead)} is called, pieces are analysed one at a time; then on every
 * core. Close it in any case: without that call, closing stops it and drops what it spilled. When the last
 * index is to be patched instead, it holds only that index, and the patch is made in {@code write}.
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

    IndexAhead(SearchIndex index, PostingSpill spill, IndexState last, boolean rendered) throws IOException {
        this.index = index;
        this.fragments = new FragmentParts(index.docs(), SearchIndex.FRAGMENTS,
                (from, json) -> index.fragmentPart(from, () -> json));
        this.spill = spill;
        this.last = last;
        this.rendered = rendered;
        if (spill == null) {
            thread = null;
            return;
        }
        // The output's reuse is ready once render has begun: fragment parts wait in a scratch file till then.
        if (!rendered) {
            try {
                fragments.hold(index.scratch().resolve("search-fragments"));
            } catch (IOException e) {
                spill.close();
                throw e;
            }
        }
        thread = new Thread(this::run, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            for (int from = 0; from < index.docs() && !stopped; from += SearchIndex.BATCH) {
                boolean parallel = rendered;
                if (parallel) fragments.release();
                int to = Math.min(index.docs(), from + SearchIndex.BATCH);
                index.spill(index.analyse(from, to, parallel), from, to, spill, vocabulary, fragments);
            }
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
    }

    /** Waits for every piece to be analysed and spilled, on every core from now on. */
    void finish() throws IOException {
        rendered = true;
        join();
        if (failed instanceof IOException e) throw e;
        if (failed instanceof RuntimeException e) throw e;
        fragments.release();
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
        if (thread == null || closed) return;
        closed = true;
        stopped = true;
        try {
            join();
        } finally {
            try {
                spill.close();
            } finally {
                fragments.drop();
            }
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
