package org.standfirst.search;

import java.io.IOException;

/**
 * The search index begun on a thread of its own while the pages are rendered ({@link SearchIndex#ahead}): a
 * part's reuse needs nothing of render, and render leaves a core idle for much of its time. The thread makes
 * every document's keys, then patches the last index where pieces changed or, when there is no last index
 * or too much changed, analyses every piece: one at a time until {@link SearchIndex#write(IndexAhead)} is
 * called, then on every core. Either way {@code write} adds the facet columns and meta.js once render is
 * done. Close it in any case: without that call, closing stops a whole index and drops what it spilled.
 */
public final class IndexAhead implements AutoCloseable {
    private final SearchIndex index;
    private final Vocabulary vocabulary = new Vocabulary();
    private final Thread thread;
    /** Whether the index is made whole without asking whether the last could be patched. */
    private final boolean whole;
    private volatile boolean rendered;
    private volatile boolean stopped;
    private boolean closed;
    // Set by the thread and read once it has ended (join orders the two).
    private IndexState last;
    private PostingSpill spill;
    private SearchIndex.Patched patched;
    private Exception failed;

    /** Pieces analysed at once while render has the cores. */
    private static final int ALONE = 8;

    private IndexAhead(SearchIndex index, IndexState last, boolean whole, boolean rendered) {
        this.index = index;
        this.last = last;
        this.whole = whole;
        this.rendered = rendered;
        thread = new Thread(this::run, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** The last index patched where it can be, else the whole index; {@code rendered} when render is done. */
    static IndexAhead begin(SearchIndex index, boolean rendered) {
        return new IndexAhead(index, null, false, rendered);
    }

    /** The whole index, render being done: a patch of {@code last} turned out not to be possible. */
    static IndexAhead whole(SearchIndex index, IndexState last) {
        return new IndexAhead(index, last, true, true);
    }

    private void run() {
        try {
            index.keys();
            if (!whole) {
                last = index.lastIndex();
                if (last != null && index.patchable(last)) {
                    patched = index.patch(last);
                    return;
                }
            }
            spill = index.newSpill();
            for (int from = 0, to; from < index.docs() && !stopped; from = to) {
                boolean parallel = rendered;
                // One at a time, a batch lives for seconds and is copied from one young collection to the
                // next until the old generation takes it: keep it to a few pieces until render is done.
                to = Math.min(index.docs(), from + (parallel ? SearchIndex.BATCH : ALONE));
                index.spill(index.analyse(from, to, parallel), from, to, spill, vocabulary);
            }
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
    }

    /** Waits for the thread: for the patch, or for every piece to be analysed and spilled, on every core from now on. */
    void finish() throws IOException {
        rendered = true;
        join();
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
        stopped = true; // a patch is not stopped half-way: it may be writing a part
        try {
            join();
        } finally {
            if (spill != null) spill.close();
        }
    }

    /** The spill the analyses went to, once {@link #finish} returned; null when the last index was patched. */
    PostingSpill spill() {
        return spill;
    }

    /** The patch, once {@link #finish} returned; null when the index is made whole, or could not be patched. */
    SearchIndex.Patched patched() {
        return patched;
    }

    /** The last build's index, once {@link #finish} returned, or null. */
    IndexState last() {
        return last;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }
}
