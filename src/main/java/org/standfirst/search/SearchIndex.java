package org.standfirst.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.standfirst.Digests;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.model.Topic;
import org.standfirst.render.PageReuse;
import org.standfirst.render.PageSink;

/**
 * The search stage: analyses every published piece (or recalls it from {@link SearchMemo}) and writes
 * the index parts described in docs/search.md under {@code search/}, through the same sink as pages.
 * Pieces are numbered oldest first, so a new piece leaves the others' numbers, and their parts, alone.
 */
public final class SearchIndex {
    /** The index format's version, in meta.js; docs/search.md describes it. */
    public static final int FORMAT = 1;
    /** Where the index parts go in the site. */
    public static final String FOLDER = "search/";
    /** Pieces per result-fragment part: a page of results fetches a handful of small parts. */
    static final int FRAGMENTS = 4;
    /** Pieces analysed at once, in parallel, before their postings are spilled to disk. */
    private static final int BATCH = 256;

    private final Site site;
    private final SearchMemo memo;
    private final Problems problems;
    private final DateTimeFormatter dates;
    /** The parts written, by site path, so the next build can keep them. */
    private final List<String> written = new ArrayList<>();

    public SearchIndex(Site site, SearchMemo memo, Problems problems) {
        this.site = site;
        this.memo = memo;
        this.problems = problems;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", site.config().locale());
    }

    /** A piece's document number: pieces are newest first, documents oldest first. */
    public static int doc(Site site, Piece piece) {
        return site.pieces().size() - 1 - piece.index();
    }

    /** How many parts the index has, and whether they are the last build's, kept whole. */
    public record Outcome(int parts, boolean kept) {
    }

    /**
     * Writes every part into {@code sink}, or keeps the last build's when {@code reuse} finds every piece
     * as it was; {@code scratch} holds the spilled postings meanwhile.
     */
    public Outcome write(PageSink sink, Path scratch, PageReuse reuse) throws IOException {
        PageReuse.SearchIndexParts input = new PageReuse.SearchIndexParts();
        // The folder also holds the search page, which the renderer makes; the parts are its scripts.
        List<String> last = reuse.lastFiles(FOLDER).stream().filter(path -> path.endsWith(".js")).toList();
        if (!last.isEmpty() && reuse.keep(input, last)) return new Outcome(last.size(), true);
        int parts = write(sink, scratch);
        for (String sitePath : written) reuse.made(input, sitePath, List.of());
        return new Outcome(parts, false);
    }

    private int write(PageSink sink, Path scratch) throws IOException {
        int docs = site.pieces().size();
        Map<String, TreeSet<String>> words = new HashMap<>(); // sorted once, at the end
        int parts = 0;
        try (PostingSpill spill = new PostingSpill(scratch.resolve("search-postings"))) {
            StringBuilder fragments = new StringBuilder();
            for (int from = 0; from < docs; from += BATCH) {
                int to = Math.min(docs, from + BATCH);
                List<AnalysedPiece> batch = analyse(from, to);
                for (int doc = from; doc < to; doc++) {
                    AnalysedPiece analysed = batch.get(doc - from);
                    spill.add(doc, analysed);
                    for (Analysers.Token word : analysed.words()) {
                        words.computeIfAbsent(word.surface(), w -> new TreeSet<>()).add(word.stem());
                    }
                    fragment(fragments, pieceOf(doc), analysed);
                    if ((doc + 1) % FRAGMENTS == 0 || doc == docs - 1) {
                        page(sink, "d/" + doc / FRAGMENTS, "{\"d\":[" + fragments + "]}");
                        fragments.setLength(0);
                        parts++;
                    }
                }
            }
            spill.finish();
            TreeMap<String, TreeSet<String>> vocabulary = new TreeMap<>(words);
            words.clear();
            List<TermShards.Shard> shards = TermShards.plan(vocabulary, spill);
            for (TermShards.Shard shard : shards) {
                page(sink, "t/" + TermShards.fileName(shard.key()), TermShards.json(shard, vocabulary, spill));
            }
            parts += shards.size();
            for (Map.Entry<String, String> facet : FacetColumns.json(site, piece -> doc(site, piece)).entrySet()) {
                page(sink, "f/" + facet.getKey(), facet.getValue());
                parts++;
            }
            page(sink, "meta", meta(docs, shards));
            if (!problems.hasErrors()) memo.finish();
            return parts + 1;
        }
    }

    private Piece pieceOf(int doc) {
        return site.pieces().get(site.pieces().size() - 1 - doc);
    }

    private void page(PageSink sink, String name, String json) {
        sink.page(FOLDER + name + ".js", Json.part(name, json));
        written.add(FOLDER + name + ".js");
    }

    private List<AnalysedPiece> analyse(int from, int to) {
        List<AnalysedPiece> out = new ArrayList<>(Collections.nCopies(to - from, (AnalysedPiece) null));
        IntStream.range(from, to).parallel().forEach(doc -> out.set(doc - from, analyse(pieceOf(doc))));
        return out;
    }

    /** What the analysis of {@code piece} reads, for the memo's key. */
    static SearchMemo.Input input(Piece piece, String siteLanguage) {
        Article article = piece.article();
        List<String> names = new ArrayList<>();
        for (Author author : piece.authors()) names.add(author.name());
        for (Region region : piece.regions()) names.add(region.name());
        for (Topic topic : piece.topics()) names.add(topic.name());
        String language = article.extras().languageOr(siteLanguage);
        Article.Image image = article.image();
        return new SearchMemo.Input(FORMAT, language, article.title(), article.summary(), article.bodyDigest(),
                image == null ? "" : image.caption(), image == null ? "" : image.alt(), names);
    }

    private AnalysedPiece analyse(Piece piece) {
        SearchMemo.Input input = input(piece, site.config().language());
        Optional<AnalysedPiece> kept = memo.recall(input);
        if (kept.isPresent()) return kept.get();
        String markdown;
        try {
            markdown = ContentLoader.body(piece.article().file());
        } catch (IOException e) {
            problems.error(piece.article().source(), "cannot read the body for the search index: " + e.getMessage(),
                    "build again once the file is saved");
            markdown = "";
        }
        AnalysedPiece analysed = AnalysedPiece.of(PieceText.of(piece, markdown, site.config().language()));
        memo.remember(input, Digests.sha256(markdown), analysed);
        return analysed;
    }

    /** {@code [path, title, type and date, authors, excerpt, language]}. */
    private void fragment(StringBuilder out, Piece piece, AnalysedPiece analysed) {
        if (out.length() > 0) out.append(',');
        out.append('[');
        Json.string(out, piece.path()).append(',');
        Json.string(out, piece.article().title()).append(',');
        Json.string(out, piece.type() + ", " + dates.format(piece.article().date())).append(',');
        Json.string(out, String.join(", ", piece.authors().stream().map(Author::name).toList())).append(',');
        Json.string(out, analysed.excerpt()).append(',');
        Json.string(out, piece.article().extras().languageOr(site.config().language())).append(']');
    }

    private String meta(int docs, List<TermShards.Shard> shards) {
        StringBuilder out = new StringBuilder("{\"version\":").append(FORMAT).append(",\"docs\":").append(docs)
                .append(",\"fragments\":").append(FRAGMENTS).append(",\"prefix\":").append(Query.MIN_PREFIX)
                .append(",\"facets\":[");
        for (int i = 0; i < FacetColumns.NAMES.size(); i++) {
            if (i > 0) out.append(',');
            Json.string(out, FacetColumns.NAMES.get(i));
        }
        out.append("],\"shards\":[");
        for (int i = 0; i < shards.size(); i++) {
            if (i > 0) out.append(',');
            Json.string(out, shards.get(i).key());
        }
        return out.append("]}").toString();
    }
}
