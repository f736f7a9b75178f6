package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.Pipeline;
import org.standfirst.incremental.CacheKey;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.PageReuse;
import org.standfirst.render.PageSink;
import org.standfirst.render.ResolvedLink;
import org.standfirst.support.TestSite;
import org.standfirst.write.UnsafeOutput;

/**
 * The patched index against a whole one: after every seeded edit, patching the last build's index must
 * give exactly the parts a build from nothing gives. Term parts are made tiny, so edits split and merge
 * them, and pieces in two languages give words more than one stem.
 */
class IndexPatchTest {
    private static final long SEED = 20261202L;
    private static final int STEPS = 30;
    /** Characters a term part may take: small enough that this archive makes dozens, and edits move their edges. */
    private static final int BUDGET = 300;
    /** Positions that take more than this have a part of their own: many stems here, so edits move them in and out. */
    private static final int ALONE = 40;

    @TempDir
    Path dir;

    @Test
    void patchedIndexesMatchWholeOnesAfterSeededEdits() throws IOException {
        Random random = new Random(SEED);
        Archive archive = new Archive(TestSite.in(dir.resolve("archive")), random);
        for (int i = 0; i < 24; i++) archive.add();
        MemoryMemo memo = new MemoryMemo();
        Output output = new Output();
        int patched = 0;
        for (int step = 0; step <= STEPS; step++) {
            String edit = step == 0 ? "first build" : archive.edit();
            Site site = archive.site();
            SearchIndex.Outcome outcome = new SearchIndex(site, memo, new Problems(), BUDGET, ALONE)
                    .write(output, dir.resolve("scratch"), output);
            output.endBuild();
            Output whole = new Output();
            new SearchIndex(site, new MemoryMemo(), new Problems(), BUDGET, ALONE).write(whole, dir.resolve("scratch"), whole);
            whole.endBuild();
            String context = String.format("seed %d, step %d (%s)", SEED, step, edit);
            assertThat(output.text()).as(context).isEqualTo(whole.text());
            assertThat(whole.files.keySet().stream().filter(path -> path.startsWith("search/t/")).count())
                    .as(context + ": the archive makes many term parts").isGreaterThan(20);
            assertThat(whole.files.keySet()).as(context + ": stems with positions parts of their own")
                    .anyMatch(path -> path.matches("search/x/[^/]+/[^/]+\\.js"));
            if (outcome.changed() >= 0) {
                patched++;
                assertThat(outcome.made()).as(context + ": a patch makes few parts").isLessThan(whole.made);
            }
            memo.assertNothingLost(context);
        }
        // Deleting or re-dating an old piece renumbers the newer ones: those builds make the whole index.
        assertThat(patched).as("builds that patched the last index").isGreaterThan(STEPS * 2 / 3);
    }

    @Test
    void lostPostingsMakeTheWholeIndexAgain() throws IOException {
        Archive archive = new Archive(TestSite.in(dir.resolve("archive")), new Random(SEED));
        for (int i = 0; i < 12; i++) archive.add();
        MemoryMemo memo = new MemoryMemo();
        Output output = new Output();
        new SearchIndex(archive.site(), memo, new Problems(), BUDGET, ALONE).write(output, dir.resolve("scratch"), output);
        output.endBuild();
        archive.editBody(3);
        memo.postings.clear();
        Site site = archive.site();
        SearchIndex.Outcome outcome = new SearchIndex(site, memo, new Problems(), BUDGET, ALONE).write(output, dir.resolve("scratch"), output);
        output.endBuild();
        Output whole = new Output();
        new SearchIndex(site, new MemoryMemo(), new Problems(), BUDGET, ALONE).write(whole, dir.resolve("scratch"), whole);
        whole.endBuild();
        assertThat(outcome.changed()).as("not patched").isEqualTo(-1);
        assertThat(output.text()).isEqualTo(whole.text());
        assertThat(memo.postings).as("kept again for the next build").isNotEmpty();
    }

    @Test
    void anOutputThatLostItsPartsIsMadeWholeFromWhatWasKept() throws IOException {
        Archive archive = new Archive(TestSite.in(dir.resolve("archive")), new Random(SEED));
        for (int i = 0; i < 12; i++) archive.add();
        MemoryMemo memo = new MemoryMemo();
        new SearchIndex(archive.site(), memo, new Problems(), BUDGET, ALONE).write(new Output(), dir.resolve("scratch"), PageReuse.NONE);
        archive.editTitle(5);
        Site site = archive.site();
        Output fresh = new Output();
        SearchIndex.Outcome outcome = new SearchIndex(site, memo, new Problems(), BUDGET, ALONE).write(fresh, dir.resolve("scratch"), fresh);
        fresh.endBuild();
        Output whole = new Output();
        new SearchIndex(site, new MemoryMemo(), new Problems(), BUDGET, ALONE).write(whole, dir.resolve("scratch"), whole);
        whole.endBuild();
        assertThat(outcome.changed()).as("patched").isEqualTo(1);
        assertThat(fresh.text()).isEqualTo(whole.text());
    }

    @Test
    void patchingPostingsPutsTakesOutAndReweighsDocumentsWithTheirPositions() {
        StringBuilder postings = new StringBuilder();
        StringBuilder positions = new StringBuilder();
        for (int[] entry : new int[][] {{2, 5}, {3, 31}, {4, 1}}) { // documents 2, 5, 9
            Varints.append(postings, entry[0]);
            Varints.append(postings, entry[1]);
            positions.append(at(entry[1], 40 + entry[0]));
        }
        TermShards.Held held = new TermShards.Held(postings.toString(), positions.toString());
        TreeMap<Integer, AnalysedPiece.Weighted> changes = new TreeMap<>();
        changes.put(0, new AnalysedPiece.Weighted("oil", 7, at(3, 4)));
        changes.put(5, null);
        changes.put(9, new AnalysedPiece.Weighted("oil", 3, at(1, 900)));
        changes.put(40, new AnalysedPiece.Weighted("oil", 2, at(2)));
        TermShards.Held patched = IndexPatch.patched(held, changes);
        assertThat(Varints.decode(patched.postings())).containsExactly(0, 7, 2, 5, 7, 3, 31, 2);
        assertThat(patched.positions()).isEqualTo(at(3, 4) + at(5, 42) + at(1, 900) + at(2));
        TreeMap<Integer, AnalysedPiece.Weighted> between = new TreeMap<>(java.util.Map.of(7, new AnalysedPiece.Weighted("oil", 4, at(6))));
        TermShards.Held inserted = IndexPatch.patched(held, between);
        assertThat(Varints.decode(inserted.postings())).as("a document new to the stem, between two").containsExactly(2, 5, 3, 31, 2, 4, 2, 1);
        assertThat(inserted.positions()).isEqualTo(at(5, 42) + at(31, 43) + at(6) + at(1, 44));
        TreeMap<Integer, AnalysedPiece.Weighted> none = new TreeMap<>();
        for (int doc : new int[] {2, 5, 9}) none.put(doc, null);
        assertThat(IndexPatch.patched(held, none)).isEqualTo(new TermShards.Held("", ""));
    }

    /** A document's positions entry: the count, then the positions as differences. */
    private static String at(int... positions) {
        StringBuilder out = new StringBuilder();
        Varints.append(out, positions.length);
        int last = 0;
        for (int position : positions) {
            Varints.append(out, position - last);
            last = position;
        }
        return out.toString();
    }

    @Test
    void theKeptStateReadsBackAsWrittenAndRefusesAnythingElse() {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.add(List.of(new Analysers.Token("economie", "econom"), new Analysers.Token("sanctions", "sanction")));
        vocabulary.add(List.of(new Analysers.Token("economie", "economie"), new Analysers.Token("sanctions", "sanction")));
        String a = "a".repeat(32); // a cache key's length
        String b = "b".repeat(64); // a SHA-256's
        IndexState state = new IndexState(List.of(a, b), List.of(b, a), vocabulary,
                Map.of("econom", new IndexState.Stem(4, 9, 0), "sanction", new IndexState.Stem(6, 12, 1)),
                List.of(new IndexState.ShardState("e", a, b), new IndexState.ShardState("s", b, a)));
        byte[] bytes = state.encode();
        IndexState read = IndexState.decode(bytes).orElseThrow();
        assertThat(read.encode()).isEqualTo(bytes);
        assertThat(read.vocabulary().stems("economie")).containsExactly("econom", "economie");
        assertThat(read.shards()).isEqualTo(state.shards());
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 0x55;
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThat(IndexState.decode(cut)).isEmpty();
        assertThat(IndexState.decode(new byte[] {0, 0, 0, 9})).as("another version").isEmpty();
        // A flipped byte inside a string or count is either refused or read as other, well-formed data:
        // the build cache's checksum is what catches damage; decoding must just never throw.
        IndexState.decode(damaged);
    }

    @Test
    void aWordTakenOutByEveryDocumentLeavesTheVocabulary() {
        Vocabulary vocabulary = new Vocabulary();
        List<Analysers.Token> one = List.of(new Analysers.Token("oil", "oil"), new Analysers.Token("exports", "export"));
        List<Analysers.Token> two = List.of(new Analysers.Token("oil", "oil"));
        vocabulary.add(one);
        vocabulary.add(two);
        vocabulary.remove(one);
        assertThat(vocabulary.words().keySet()).containsExactly("oil");
        assertThat(vocabulary.words().get("oil").docs(0)).isEqualTo(1);
        vocabulary.remove(two);
        assertThat(vocabulary.words()).isEmpty();
    }

    /** What the build cache would keep, in memory; unused entries are dropped as the cache prunes them. */
    private static final class MemoryMemo implements SearchMemo {
        final Map<String, AnalysedPiece> analyses = new HashMap<>();
        final Map<String, byte[]> postings = new HashMap<>();
        final Set<String> used = new HashSet<>();
        byte[] last;

        @Override
        public String key(Record input) {
            return CacheKey.of("search").record(input).hex();
        }

        @Override
        public Optional<AnalysedPiece> recall(String key) {
            used.add(key);
            return Optional.ofNullable(analyses.get(key));
        }

        @Override
        public void remember(String key, Input input, String bodyDigest, AnalysedPiece piece) {
            used.add(key);
            analyses.put(key, piece);
        }

        @Override
        public Optional<byte[]> postings(String content) {
            used.add(content);
            return Optional.ofNullable(postings.get(content));
        }

        @Override
        public void rememberPostings(String content, byte[] kept) {
            used.add(content);
            postings.put(content, kept);
        }

        @Override
        public void keep(String key) {
            used.add(key);
        }

        @Override
        public Optional<byte[]> lastIndex() {
            return Optional.ofNullable(last);
        }

        @Override
        public void rememberIndex(byte[] index) {
            last = index;
        }

        @Override
        public void finish() {
            analyses.keySet().retainAll(used);
            postings.keySet().retainAll(used);
            used.clear();
        }

        /** Everything the kept index names survived the prune. */
        void assertNothingLost(String context) {
            IndexState state = IndexState.decode(last).orElseThrow();
            assertThat(analyses.keySet()).as(context).containsAll(state.analyses());
            assertThat(postings.keySet()).as(context)
                    .containsAll(state.shards().stream().map(IndexState.ShardState::content).toList());
        }
    }

    /** The output folder: files stay between builds unless a build neither keeps nor writes them. */
    private static final class Output implements PageSink, PageReuse {
        final Map<String, byte[]> files = new TreeMap<>();
        final Map<String, String> contents = new HashMap<>();
        final Set<String> given = new HashSet<>();
        int made;

        @Override
        public boolean keep(Input input, List<String> sitePaths) {
            String path = sitePaths.get(0);
            if (files.containsKey(path) && ((SearchIndexPart) input).content().equals(contents.get(path))) {
                given.add(path);
                return true;
            }
            return false;
        }

        @Override
        public void made(Input input, String sitePath, List<ResolvedLink> links) {
            contents.put(sitePath, ((SearchIndexPart) input).content());
        }

        @Override
        public void file(String sitePath, byte[] bytes) {
            assertThat(given.add(sitePath)).as("given once: " + sitePath).isTrue();
            files.put(sitePath, bytes);
            made++;
        }

        @Override
        public void page(String sitePath, String html) {
            throw new AssertionError("the index writes files: " + sitePath);
        }

        @Override
        public void copy(String sitePath, Path source) {
            throw new AssertionError("the index copies nothing: " + sitePath);
        }

        void endBuild() {
            files.keySet().retainAll(given);
            contents.keySet().retainAll(given);
            given.clear();
        }

        Map<String, String> text() {
            return files.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    file -> new String(file.getValue(), StandardCharsets.UTF_8), (x, y) -> x, TreeMap::new));
        }
    }

    /** A small archive in English and French, edited at random. */
    private static final class Archive {
        private static final String[] SYLLABLES = {"ka", "ro", "mi", "tes", "lan", "quo", "vir", "sen", "dal", "pe",
                "nor", "ul", "gra", "fi", "zo", "bre"};
        private final TestSite site;
        private final Random random;
        /** File name of each piece, oldest first. */
        private final List<String> pieces = new ArrayList<>();
        private final Map<String, String> dates = new HashMap<>();
        private int next;
        private LocalDate newest = LocalDate.of(2010, 1, 1);

        Archive(TestSite site, Random random) {
            this.site = site;
            this.random = random;
            site.file("content/site.yml", "title: Institute\nlanguage: en-GB\nsearch: false\n");
        }

        Site site() throws IOException {
            try {
                Pipeline.Result result = Pipeline.build(new Pipeline.Options(site.content(), TestSite.DEFAULT_THEME,
                        "templates", site.output(), null, Pipeline.selection(false, false), false, line -> { }, null));
                assertThat(result.problems().sorted().stream().map(org.standfirst.model.Problem::format)).isEmpty();
                return result.snapshot().site();
            } catch (UnsafeOutput e) {
                throw new AssertionError(e);
            }
        }

        void add() {
            newest = newest.plusDays(1 + random.nextInt(30));
            String name = "piece-" + next++;
            pieces.add(name);
            dates.put(name, newest.toString());
            write(name, words(4), words(60 + random.nextInt(120)));
        }

        String edit() throws IOException {
            int choice = random.nextInt(100);
            int piece = random.nextInt(pieces.size());
            if (choice < 40) return editBody(piece);
            if (choice < 60) return editTitle(piece);
            if (choice < 75) {
                add();
                return "added " + pieces.get(pieces.size() - 1);
            }
            if (choice < 85 && pieces.size() > 8) {
                String gone = pieces.remove(pieces.size() - 1);
                Files.delete(file(gone));
                return "deleted the newest, " + gone;
            }
            if (choice < 90 && pieces.size() > 8) {
                String gone = pieces.remove(piece);
                Files.delete(file(gone));
                return "deleted " + gone;
            }
            if (choice < 95) {
                editBody(piece);
                editTitle(random.nextInt(pieces.size()));
                return "two pieces edited";
            }
            // Re-dated to the newest: every newer piece's document number changes.
            String moved = pieces.remove(piece);
            pieces.add(moved);
            newest = newest.plusDays(1);
            dates.put(moved, newest.toString());
            String text = Files.readString(file(moved)).replaceFirst("date: \\S+", "date: " + newest);
            site.file("content/commentary/" + moved + ".md", text);
            return "re-dated " + moved;
        }

        String editBody(int piece) throws IOException {
            String name = pieces.get(piece);
            String text = Files.readString(file(name));
            int body = text.indexOf("---", 4) + 3;
            site.file("content/commentary/" + name + ".md", text.substring(0, body) + "\n\n" + words(40 + random.nextInt(160)) + "\n");
            return "body of " + name;
        }

        String editTitle(int piece) throws IOException {
            String name = pieces.get(piece);
            String text = Files.readString(file(name)).replaceFirst("title: [^\\n]*", "title: " + words(3 + random.nextInt(3)));
            site.file("content/commentary/" + name + ".md", text);
            return "title of " + name;
        }

        private Path file(String name) {
            return site.content().resolve("commentary/" + name + ".md");
        }

        private void write(String name, String title, String body) {
            String lang = random.nextInt(4) == 0 ? "lang: fr\n" : "";
            site.file("content/commentary/" + name + ".md", "---\ntitle: " + title + "\ndate: " + dates.get(name) + "\n"
                    + lang + "---\n\n" + body + "\n");
        }

        private String words(int count) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) out.append(' ');
                int syllables = 1 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                int ending = random.nextInt(6);
                if (ending == 0) out.append("s");
                if (ending == 1) out.append("ing");
                if (ending == 2) out.append("ées");
            }
            return out.toString();
        }
    }
}
