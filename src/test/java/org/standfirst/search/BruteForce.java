package org.standfirst.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;

/**
 * Search without an index: every piece analysed afresh with the same analysers, and each query
 * answered by looking at every piece. What the index, read in Java or in the browser, must match.
 */
final class BruteForce {
    final List<AnalysedPiece> pieces = new ArrayList<>();
    final Map<String, List<List<String>>> facets = new TreeMap<>();
    /** Every word of the archive and the stems it stands for. */
    final TreeMap<String, Set<String>> vocabulary = new TreeMap<>();
    private final List<Set<String>> stems = new ArrayList<>();

    BruteForce(Site site) {
        int docs = site.pieces().size();
        for (int doc = 0; doc < docs; doc++) {
            Piece piece = site.pieces().get(docs - 1 - doc);
            try {
                pieces.add(AnalysedPiece.of(PieceText.of(piece, ContentLoader.body(piece.article().file()),
                        site.config().language())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> own = new TreeSet<>();
            pieces.get(doc).stems().forEach(w -> own.add(w.stem()));
            stems.add(own);
            pieces.get(doc).words().forEach(w -> vocabulary.computeIfAbsent(w.surface(), k -> new TreeSet<>()).add(w.stem()));
        }
        facets.put("region", values(site, site.regionListings()));
        facets.put("author", values(site, site.authorListings()));
        facets.put("type", values(site, site.typeListings()));
        facets.put("topic", values(site, site.topicListings()));
        facets.put("year", values(site, site.yearListings()));
    }

    private static List<List<String>> values(Site site, List<Listing> listings) {
        int docs = site.pieces().size();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < docs; i++) out.add(new ArrayList<>());
        for (Listing listing : listings) {
            for (Piece piece : listing.pieces()) out.get(docs - 1 - piece.index()).add(listing.id());
        }
        return out;
    }

    Answer answer(String text, Map<String, List<String>> filters) {
        Query query = Query.parse(text);
        List<Integer> matched = new ArrayList<>();
        if (!query.words().isEmpty()) {
            boolean prefixOnce = query.prefix() != null && query.words().indexOf(query.prefix()) == query.words().size() - 1;
            for (int doc = 0; doc < pieces.size(); doc++) {
                boolean all = true;
                for (int i = 0; i < query.words().size() && all; i++) {
                    String word = query.words().get(i);
                    boolean prefix = prefixOnce && i == query.words().size() - 1;
                    all = has(doc, word, prefix);
                }
                for (String word : query.excluded()) all = all && !has(doc, word, false);
                if (all) matched.add(doc);
            }
        }
        return Answer.of(matched, facets, filters);
    }

    private boolean has(int doc, String word, boolean prefix) {
        Set<String> own = stems.get(doc);
        if (!prefix) return vocabulary.getOrDefault(word, Set.of()).stream().anyMatch(own::contains);
        for (Map.Entry<String, Set<String>> entry : vocabulary.tailMap(word, true).entrySet()) {
            if (!entry.getKey().startsWith(word)) break;
            if (entry.getValue().stream().anyMatch(own::contains)) return true;
        }
        return false;
    }
}
