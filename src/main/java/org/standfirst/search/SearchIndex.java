package org.standfirst.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.standfirst.Background;
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
 * The search stage: writes the index parts described in docs/search.md under {@code search/}, through
 * the same sink as pages. With what the last build kept ({@link SearchMemo}), it analyses only the pieces
 * that changed and patches the parts they touch; otherwise it analyses every piece and makes every part.
 * Both ways write the same bytes. Pieces are numbered oldest first, so a new piece leaves the others'
 * numbers, and their parts, alone.
 */
public final class SearchIndex {
    /** The index format's version, in meta.js; docs/search.md describes it. */
    public static final int FORMAT = 4;
    /** Where the index parts go in the site. */
    public static final String FOLDER = "search/";
    /**
     * Pieces per result-fragment part ({@link #fragmentPart} writes one piece to a part): a page of results
     * fetches one part per result, none of them another piece's bytes.
     */
    private static final int FRAGMENTS = 1;
    /** Pieces analysed at once, in parallel, before their postings are spilled to disk. */
    static final int BATCH = 256;
    /**
     * Patching costs a few reads per changed piece; beyond this share of the archive, reading every
     * piece's analysis once is cheaper.
     */
    private static final int PATCH_AT_MOST_ONE_IN = 8;

    private final Site site;
    private final SearchMemo memo;
    private final Problems problems;
    private final DateTimeFormatter dates;
    private final int docs;
    /** About how many characters a term part takes, and how many a stem's positions take to have a part of their own. */
    private final int budget;
    private final int alone;
    /** Each document's analysis key and result-fragment key, by document number. */
    private final List<String> analyses = new ArrayList<>();
    private final List<String> fragments = new ArrayList<>();
    /** Parts given to the sink or kept, by site path: a part is never given twice. */
    private final Set<String> emitted = new HashSet<>();
    /** Every stem of the index with its postings' size and a part that holds them, for the next build. */
    private final Map<String, IndexState.Stem> stems = new HashMap<>();
    private PageSink sink;
    private PageReuse reuse;
    private Path scratch;
    private int made;
    /** The facet columns' JSON, made on a thread of its own from {@link #ahead} on: they depend on the site alone. */
    private FutureTask<Map<String, String>> facets;

    public SearchIndex(Site site, SearchMemo memo, Problems problems) {
        this(site, memo, problems, TermShards.BUDGET, TermShards.ALONE);
    }

    /** With other sizes of parts (see {@link TermShards}): tests split a small archive into many. */
    SearchIndex(Site site, SearchMemo memo, Problems problems, int budget, int alone) {
        this.budget = budget;
        this.alone = alone;
        this.site = site;
        this.memo = memo;
        this.problems = problems;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", site.config().locale());
        this.docs = site.pieces().size();
    }

    /** How many documents (published pieces) the index has. */
    int docs() {
        return docs;
    }

    /** A piece's document number: pieces are newest first, documents oldest first. */
    public static int doc(Site site, Piece piece) {
        return site.pieces().size() - 1 - piece.index();
    }

    /**
     * How many parts the index has and how many were made (the others were kept as the output held them);
     * {@code changed} is the number of pieces analysed again when the last index was patched, else -1.
     */
    public record Outcome(int parts, int made, int changed) {
    }

    /**
     * Starts the index beside render ({@link IndexAhead}): the whole index, or a patch of the last; give it
     * to {@link #write(IndexAhead)}, and close it in any case.
     */
    public IndexAhead ahead(PageSink sink, Path scratch, PageReuse reuse) {
        return ahead(sink, scratch, reuse, false);
    }

    private IndexAhead ahead(PageSink sink, Path scratch, PageReuse reuse, boolean rendered) {
        this.sink = sink;
        this.reuse = reuse;
        this.scratch = scratch;
        facets = Background.start("search-facets", () -> FacetColumns.json(site, piece -> doc(site, piece)));
        return IndexAhead.begin(this, rendered);
    }

    /** The index the last build made, as the build cache keeps it; null when there is none. */
    IndexState lastIndex() {
        return memo.lastIndex().flatMap(IndexState::decode).orElse(null);
    }

    /** Whether {@code last} can be patched where pieces changed, rather than the index made whole; after {@link #keys}. */
    boolean patchable(IndexState last) {
        return changed(last) != null;
    }

    /** A spill for every piece's postings, in the scratch folder. */
    PostingSpill newSpill() throws IOException {
        return new PostingSpill(scratch.resolve("search-postings"));
    }

    /** Writes every part into {@code sink}, or keeps it where {@code reuse} finds the output holds it; {@code scratch} holds spilled postings. */
    public Outcome write(PageSink sink, Path scratch, PageReuse reuse) throws IOException {
        try (IndexAhead ahead = ahead(sink, scratch, reuse, true)) {
            return write(ahead);
        }
    }

    /** Writes every part, going on from what {@code ahead} began; close it afterwards. */
    public Outcome write(IndexAhead ahead) throws IOException {
        ahead.finish();
        Patched patched = ahead.patched();
        Outcome outcome = ahead.spill() != null ? whole(ahead)
                : patched == null ? null : finish(patched.vocabulary(), patched.shards(), patched.changed());
        if (outcome == null) {
            // The patch cannot be made after all: the whole index, begun now with render done.
            try (IndexAhead all = IndexAhead.whole(this, ahead.last())) {
                outcome = whole(all);
            }
        }
        if (!problems.hasErrors()) memo.finish();
        return outcome;
    }

    /** Each document's analysis key and result-fragment key. */
    void keys() {
        if (!analyses.isEmpty()) return;
        // Every document's keys, on every core: a rebuild asks for all of them to find the few that changed.
        String[] analysis = new String[docs];
        String[] fragment = new String[docs];
        IntStream.range(0, docs).parallel().forEach(doc -> {
            Piece piece = pieceOf(doc);
            analysis[doc] = memo.key(input(piece, site.config().language()));
            fragment[doc] = memo.key(new SearchMemo.Fragment(analysis[doc], piece.path(), piece.article().title(), line(piece),
                    authors(piece), language(piece)));
        });
        analyses.addAll(List.of(analysis));
        fragments.addAll(List.of(fragment));
    }

    /** The documents that changed since {@code last}, or null when there are too many to patch (or it cannot be). */
    private List<Integer> changed(IndexState last) {
        if (last.analyses().isEmpty() || docs == 0 || analyses.contains("")) return null;
        List<Integer> changed = new ArrayList<>();
        for (int doc = 0; doc < Math.max(docs, last.analyses().size()); doc++) {
            if (doc >= docs || doc >= last.analyses().size() || !analyses.get(doc).equals(last.analyses().get(doc))) {
                changed.add(doc);
            }
        }
        return changed.size() > Math.max(16, docs / PATCH_AT_MOST_ONE_IN) ? null : changed;
    }

    /** What a patch made: the index's words, its term parts, and how many documents were analysed again. */
    record Patched(Vocabulary vocabulary, List<IndexState.ShardState> shards, int changed) {
    }

    /**
     * The parts of the last index that pieces changed, made again (the rest kept); null when it cannot be
     * patched (then the whole index is made). The facet columns and meta.js follow in {@link #finish}.
     */
    Patched patch(IndexState last) throws IOException {
        List<Integer> changed = changed(last);
        if (changed == null) return null;
        Map<Integer, AnalysedPiece> before = new TreeMap<>();
        Map<Integer, AnalysedPiece> after = new HashMap<>();
        for (int doc : changed) {
            AnalysedPiece old = null;
            if (doc < last.analyses().size()) {
                old = memo.recall(last.analyses().get(doc)).orElse(null);
                if (old == null) return null;
            }
            before.put(doc, old);
            if (doc < docs) after.put(doc, analyse(pieceOf(doc)));
        }
        IndexPatch patch;
        try {
            patch = new IndexPatch(last, memo, before, after);
        } catch (IndexPatch.Missing | IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return null; // a kept part or count is not what the last build wrote: make the index afresh
        }
        try {
            List<IndexState.ShardState> shards = terms(patch.vocabulary(), patch, last, patch.changedStems());
            for (int doc = 0; doc < docs; doc++) memo.keep(analyses.get(doc));
            for (int doc = 0; doc < docs; doc++) {
                int one = doc;
                // A part the output lacks is made from the kept analysis, as it was.
                Supplier<AnalysedPiece> analysed = () -> after.containsKey(one) ? after.get(one) : analyse(pieceOf(one));
                fragmentPart(doc, () -> {
                    StringBuilder json = new StringBuilder();
                    fragment(json, pieceOf(one), analysed.get());
                    return json;
                });
                textPart(doc, () -> analysed.get().text());
            }
            return new Patched(patch.vocabulary(), shards, changed.size());
        } catch (IOException e) {
            if (e.getCause() instanceof IndexPatch.Missing) return null;
            throw e;
        }
    }

    /** Every piece analysed (or recalled) by {@code ahead}, its postings spilled, and every part made from them. */
    private Outcome whole(IndexAhead ahead) throws IOException {
        ahead.finish();
        ahead.spill().finish();
        List<IndexState.ShardState> shards = terms(ahead.vocabulary(), ahead.spill(), ahead.last(), null);
        return finish(ahead.vocabulary(), shards, -1);
    }

    /** Spills a batch's postings in document order, puts its words in the vocabulary, and writes its fragment and text parts. */
    void spill(List<Analysed> batch, int from, int to, PostingSpill spill, Vocabulary vocabulary) throws IOException {
        for (int doc = from; doc < to; doc++) {
            Analysed analysed = batch.get(doc - from);
            spill.add(analysed.records());
            vocabulary.add(analysed.piece().words());
            fragmentPart(doc, analysed::fragment);
            textPart(doc, () -> analysed.piece().text());
        }
    }

    /**
     * Plans the term parts and writes those not kept, each with its positions parts. A part of the last
     * index with the same key and words, none of whose stems is in {@code changedStems}, is as it was;
     * with no {@code changedStems}, every part is made and compared.
     */
    private List<IndexState.ShardState> terms(Vocabulary vocabulary, Postings postings, IndexState last,
                                              Set<String> changedStems) throws IOException {
        Map<String, IndexState.ShardState> before = new HashMap<>();
        if (last != null) for (IndexState.ShardState shard : last.shards()) before.put(shard.key(), shard);
        List<IndexState.ShardState> out = new ArrayList<>();
        stems.clear(); // a patch that failed half-way may have begun them
        for (TermShards.Shard shard : TermShards.plan(vocabulary, postings, budget)) {
            String file = TermShards.fileName(shard.key());
            TreeSet<String> held = TermShards.stems(shard, vocabulary);
            List<String> own = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of("t/" + file, "x/" + file));
            // Any part that holds a stem can give its postings to the next build: the last one does.
            for (String stem : held) {
                stems.put(stem, new IndexState.Stem(postings.size(stem), postings.positionsSize(stem), out.size()));
                if (TermShards.alone(stem, postings, alone)) {
                    own.add(stem);
                    names.add("x/" + file + "/" + TermShards.fileName(stem));
                }
            }
            String words = TermShards.wordsDigest(shard, vocabulary);
            IndexState.ShardState was = before.get(shard.key());
            if (changedStems != null && was != null && was.words().equals(words) && Collections.disjoint(held, changedStems)
                    && names.stream().allMatch(name -> kept(name, was.content()))) {
                memo.keep(was.content());
                out.add(was);
                continue;
            }
            TreeMap<String, TermShards.Held> parts = TermShards.held(held, postings);
            List<byte[]> bytes = new ArrayList<>();
            bytes.add(Json.part(names.get(0), TermShards.json(shard, vocabulary, parts, own)).getBytes(StandardCharsets.UTF_8));
            bytes.add(Json.part(names.get(1), TermShards.positionsJson(parts, own)).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < own.size(); i++) {
                TreeMap<String, TermShards.Held> one = new TreeMap<>(Map.of(own.get(i), parts.get(own.get(i))));
                bytes.add(Json.part(names.get(2 + i), TermShards.positionsJson(one, List.of())).getBytes(StandardCharsets.UTF_8));
            }
            MessageDigest digest = Digests.sha256();
            bytes.forEach(digest::update);
            String content = HexFormat.of().formatHex(digest.digest());
            // A whole build keeps every part's postings again, so a part the last build lost is kept again.
            if (changedStems != null && was != null && was.content().equals(content)) memo.keep(content);
            else memo.rememberPostings(content, TermShards.encode(parts));
            for (int i = 0; i < names.size(); i++) {
                if (!kept(names.get(i), content)) write(names.get(i), content, bytes.get(i));
            }
            out.add(new IndexState.ShardState(shard.key(), content, words));
        }
        return out;
    }

    /** The facet columns and meta.js, made on every build (they are small), and what the next build patches. */
    private Outcome finish(Vocabulary vocabulary, List<IndexState.ShardState> shards, int changed) throws IOException {
        for (Map.Entry<String, String> facet : Background.await(facets, "make the search facets").entrySet()) {
            part("f/" + facet.getKey(), facet.getValue());
        }
        part("meta", meta(shards));
        // A piece that could not be read was indexed as empty under its key: such an index is not kept.
        if (!analyses.contains("") && !problems.hasErrors()) {
            memo.rememberIndex(new IndexState(analyses, fragments, vocabulary, stems, shards).encode());
        }
        return new Outcome(emitted.size(), made, changed);
    }

    /** The JSON of a part's fragments, made only when the part is not kept. */
    interface FragmentJson {
        CharSequence json() throws IOException;
    }

    /** The result fragment of document {@code doc}, kept or made. */
    private void fragmentPart(int doc, FragmentJson json) throws IOException {
        String name = "d/" + doc;
        String content = memo.key(new SearchMemo.Fragments(FORMAT, List.of(fragments.get(doc))));
        if (!content.isEmpty() && kept(name, content)) return;
        keyedPart(name, content, "{\"d\":[" + json.json() + "]}");
    }

    /** The text of a document's body that its excerpt is cut from when the fragment's has no match, kept or made. */
    private void textPart(int doc, Supplier<String> text) {
        String name = "e/" + doc;
        String content = analyses.get(doc); // the part is made from the analysis alone, whose key names the format
        if (!content.isEmpty() && kept(name, content)) return;
        // Base64 has nothing to escape in a JSON string.
        keyedPart(name, content, "{\"e\":\"" + text.get() + "\"}");
    }

    /** A part named by {@code content}, a key of what it is made from, or by its bytes' digest when nothing is kept. */
    private void keyedPart(String name, String content, String json) {
        byte[] bytes = Json.part(name, json).getBytes(StandardCharsets.UTF_8);
        if (content.isEmpty()) content = HexFormat.of().formatHex(Digests.sha256().digest(bytes));
        write(name, content, bytes);
    }

    /** A part named by the digest of its bytes, kept when the output holds it already. */
    private void part(String name, String json) {
        byte[] bytes = Json.part(name, json).getBytes(StandardCharsets.UTF_8);
        String content = HexFormat.of().formatHex(Digests.sha256().digest(bytes));
        if (!kept(name, content)) write(name, content, bytes);
    }

    private boolean kept(String name, String content) {
        String path = FOLDER + name + ".js";
        if (!emitted.add(path)) return true;
        if (reuse.keep(new PageReuse.SearchIndexPart(content), List.of(path))) return true;
        emitted.remove(path);
        return false;
    }

    private void write(String name, String content, byte[] bytes) {
        String path = FOLDER + name + ".js";
        emitted.add(path);
        sink.file(path, bytes);
        reuse.made(new PageReuse.SearchIndexPart(content), path, List.of());
        made++;
    }

    private Piece pieceOf(int doc) {
        return site.pieces().get(docs - 1 - doc);
    }

    /** A piece analysed, its postings' records for the spill, and its result fragment's JSON. */
    record Analysed(AnalysedPiece piece, PostingSpill.Records records, String fragment) {
    }

    /**
     * Documents {@code from} … {@code to - 1} analysed, with their records and fragments: in parallel, or
     * one at a time on this thread while render has the cores.
     */
    List<Analysed> analyse(int from, int to, boolean parallel) {
        List<Analysed> out = new ArrayList<>(Collections.nCopies(to - from, (Analysed) null));
        IntStream docs = IntStream.range(from, to);
        (parallel ? docs.parallel() : docs).forEach(doc -> {
            AnalysedPiece analysed = analyse(pieceOf(doc));
            StringBuilder fragment = new StringBuilder(512);
            fragment(fragment, pieceOf(doc), analysed);
            out.set(doc - from, new Analysed(analysed, PostingSpill.records(doc, analysed), fragment.toString()));
        });
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
        int doc = doc(site, piece);
        String key = analyses.get(doc);
        if (!key.isEmpty()) {
            Optional<AnalysedPiece> kept = memo.recall(key);
            if (kept.isPresent()) return kept.get();
        }
        String markdown;
        try {
            markdown = ContentLoader.body(piece.article().file());
        } catch (IOException e) {
            problems.error(piece.article().source(), "cannot read the body for the search index: " + e.getMessage(),
                    "build again once the file is saved");
            markdown = "";
        }
        AnalysedPiece analysed = AnalysedPiece.of(PieceText.of(piece, markdown, site.config().language()));
        // No key, nothing kept (a build without a cache): the body's digest would be made for nothing.
        if (!key.isEmpty()) memo.remember(key, input(piece, site.config().language()), Digests.sha256(markdown), analysed);
        return analysed;
    }

    private String line(Piece piece) {
        return piece.type() + ", " + dates.format(piece.article().date());
    }

    private static String authors(Piece piece) {
        return String.join(", ", piece.authors().stream().map(Author::name).toList());
    }

    private String language(Piece piece) {
        return piece.article().extras().languageOr(site.config().language());
    }

    /** {@code [path, title, type and date, authors, excerpt, language, 1 when the piece has a body text part to cut an excerpt from]}. */
    private void fragment(StringBuilder out, Piece piece, AnalysedPiece analysed) {
        if (out.length() > 0) out.append(',');
        out.append('[');
        Json.string(out, piece.path()).append(',');
        Json.string(out, piece.article().title()).append(',');
        Json.string(out, line(piece)).append(',');
        Json.string(out, authors(piece)).append(',');
        Json.string(out, analysed.excerpt()).append(',');
        Json.string(out, language(piece)).append(',').append(analysed.text().isEmpty() ? 0 : 1).append(']');
    }

    private String meta(List<IndexState.ShardState> shards) {
        StringBuilder out = new StringBuilder("{\"version\":").append(FORMAT).append(",\"docs\":").append(docs)
                .append(",\"fragments\":").append(FRAGMENTS).append(",\"prefix\":").append(Query.MIN_PREFIX)
                .append(",\"stride\":").append(AnalysedPiece.STRIDE)
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
