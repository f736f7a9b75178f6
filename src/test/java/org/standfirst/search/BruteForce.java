package org.standfirst.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    /** Each piece's words in order, paragraph by paragraph of each field: what a phrase is looked for in. */
    private final List<List<List<Analysers.Token>>> fields = new ArrayList<>();

    BruteForce(Site site) {
        int docs = site.pieces().size();
        for (int doc = 0; doc < docs; doc++) {
            Piece piece = site.pieces().get(docs - 1 - doc);
            PieceText text;
            try {
                text = PieceText.of(piece, ContentLoader.body(piece.article().file()), site.config().language());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pieces.add(AnalysedPiece.of(text));
            List<List<Analysers.Token>> own = new ArrayList<>();
            for (PieceText.Field field : PieceText.Field.values()) {
                for (String paragraph : text.of(field).split("\n")) own.add(Analysers.tokens(paragraph, text.language()));
            }
            fields.add(own);
            Set<String> all = new TreeSet<>();
            pieces.get(doc).stems().forEach(w -> all.add(w.stem()));
            stems.add(all);
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
                for (List<String> phrase : query.phrases()) all = all && hasPhrase(doc, phrase);
                for (List<String> phrase : query.excludedPhrases()) all = all && !hasPhrase(doc, phrase);
                if (all) matched.add(doc);
            }
        }
        return Answer.of(matched, facets, filters);
    }

    /** {@code n} words (as folded) that follow each other in one paragraph of piece {@code doc}, from a seeded place; empty if none. */
    List<String> run(int doc, int n, Random random) {
        List<List<Analysers.Token>> longEnough = fields.get(doc).stream().filter(tokens -> tokens.size() >= n).toList();
        if (longEnough.isEmpty()) return List.of();
        List<Analysers.Token> tokens = longEnough.get(random.nextInt(longEnough.size()));
        int start = random.nextInt(tokens.size() - n + 1);
        return tokens.subList(start, start + n).stream().map(Analysers.Token::surface).toList();
    }

    /** Whether the phrase's words follow each other, each as one of its stems, within one paragraph of a field. */
    private boolean hasPhrase(int doc, List<String> phrase) {
        for (List<Analysers.Token> tokens : fields.get(doc)) {
            for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
                boolean whole = true;
                for (int w = 0; w < phrase.size() && whole; w++) {
                    whole = vocabulary.getOrDefault(phrase.get(w), Set.of()).contains(tokens.get(start + w).stem());
                }
                if (whole) return true;
            }
        }
        return false;
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
