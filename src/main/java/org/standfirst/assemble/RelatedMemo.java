package org.standfirst.assemble;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the assemble stage lets an incremental build remember between builds: the related pieces,
 * which change only when some piece's regions, authors or topics do (a title or body edit leaves
 * them as they were). The default counts them every time.
 */
public interface RelatedMemo {
    /** Remembers nothing: a build without a cache. */
    RelatedMemo NONE = new RelatedMemo() {
    };

    /**
     * The related pieces of every piece.
     *
     * @param limit how many each piece gets
     * @param groups what they are counted from: each piece's groups, by index
     * @param count counts them
     */
    default List<List<Integer>> related(int limit, List<List<String>> groups, Supplier<List<List<Integer>>> count) {
        return count.get();
    }
}
