package org.standfirst.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Piece;

/**
 * What a body link can lead to: every file of the site, and each piece's page by its source file.
 * The are built the first time a link must be resolved, which a rebuild whose targets did not
 * change seldom needs: they hold an entry for every file and every page of the site.
 */
final class LinkTargets {
    private final List<String> files;
    private final List<Piece> pieces;
    private volatile Set<String> fileSet;
    private volatile Map<String, String> pageBySource;

    /** @param files every file of the site, by site path; {@code pieces} the pieces with pages */
    LinkTargets(List<String> files, List<Piece> pieces) {
        this.files = List.copyOf(files);
        this.pieces = pieces;
    }

    /** Every file of the site, by site path (pages are the other targets: the site's pieces). */
    List<String> files() {
        return files;
    }

    boolean isFile(String sitePath) {
        Set<String> set = fileSet;
        if (set == null) {
            synchronized (this) {
                if (fileSet == null) fileSet = Set.copyOf(new HashSet<>(files));
                set = fileSet;
            }
        }
        return set.contains(sitePath);
    }

    /** The page of the piece read from {@code source} (a path in the content folder), or null. */
    String pageOf(String source) {
        Map<String, String> map = pageBySource;
        if (map == null) {
            synchronized (this) {
                if (pageBySource == null) {
                    Map<String, String> made = new HashMap<>();
                    for (Piece piece : pieces) made.put(piece.article().source().path(), SitePaths.file(piece.path()));
                    pageBySource = made;
                }
                map = pageBySource;
            }
        }
        return map.get(source);
    }
}
