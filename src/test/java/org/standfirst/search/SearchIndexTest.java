package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.Pipeline;
import org.standfirst.incremental.IncrementalBuild;
import org.standfirst.model.Site;
import org.standfirst.support.TestSite;

/** The index as the build writes it, read back in Java and checked against a plain scan. */
class SearchIndexTest {
    @TempDir
    Path dir;

    /** A small archive with a region tree, an Arabic and a French piece, a draft, a future piece and an alias. */
    static TestSite archive(Path dir) {
        return TestSite.in(dir)
                .file("content/site.yml", "title: Institute\nlanguage: en-GB\n")
                .file("content/regions/middle-east.md", "---\nname: Middle East\n---\n")
                .file("content/regions/gulf.md", "---\nname: Gulf\nparent: Middle East\n---\n")
                .file("content/regions/yemen.md", "---\nname: Yemen\nparent: Gulf\n---\n")
                .file("content/commentary/yemen.md", """
                        ---
                        title: "Yemen's war is the Gulf's problem"
                        date: 2015-11-12
                        authors: [Amira Haddad]
                        regions: [Yemen]
                        topics: [Security]
                        summary: Sanctions alone will not end the fighting.
                        ---

                        The blockade of Hodeidah tightened the sanctions regime.

                        ## What comes next

                        Negotiations stall while the coalition bombs.
                        """)
                .file("content/commentary/iran.md", """
                        ---
                        title: Iran and the sanctioned economy
                        date: 2019-03-01
                        authors: [Daniel Ashworth, Amira Haddad]
                        regions: [Gulf]
                        topics: [Economy]
                        ---

                        Oil exports fell as sanctions bit; the rial collapsed.
                        """)
                .file("content/reports/arabic.md", """
                        ---
                        title: الحرب في اليمن
                        date: 2020-01-05
                        lang: ar
                        type: Report
                        authors: [Amira Haddad]
                        regions: [Yemen]
                        ---

                        المدارس مغلقة منذ بداية الحرب. 日本語 ꦗꦮ
                        """)
                .file("content/commentary/france.md", """
                        ---
                        title: L'économie française après les élections
                        date: 2017-05-08
                        lang: fr
                        authors: [Claire Martin]
                        regions: [Europe]
                        aliases: [/2017/05/france.html]
                        ---

                        Les élections ont changé l'économie.
                        """)
                .file("content/commentary/draft.md", "---\ntitle: Secret draft about sanctions\ndate: 2016-01-01\ndraft: true\n---\n\nSanctions.\n")
                .file("content/commentary/future.md", "---\ntitle: Future sanctions\ndate: 2999-01-01\n---\n\nSanctions.\n");
    }

    static Site build(TestSite site, boolean cache) throws IOException {
        try {
            return built(site, cache);
        } catch (org.standfirst.write.UnsafeOutput e) {
            throw new AssertionError(e);
        }
    }

    private static Site built(TestSite site, boolean cache) throws IOException, org.standfirst.write.UnsafeOutput {
        Pipeline.Result result = Pipeline.build(new Pipeline.Options(site.content(), site.root().resolve("templates"),
                "templates", site.output(), null, Pipeline.selection(false, false), false, line -> { },
                cache ? IncrementalBuild.cacheFor(site.output()) : null));
        assertThat(result.problems().sorted().stream().map(org.standfirst.model.Problem::format)).isEmpty();
        assertThat(result.written()).isTrue();
        return result.snapshot().site();
    }

    @Test
    void findsPiecesByStemAcrossFormsAndLeavesOutDraftsAndFuturePieces() throws IOException {
        TestSite site = archive(dir);
        build(site, false);
        IndexReader index = new IndexReader(site.output());
        assertThat(index.docs).isEqualTo(4);
        // "sanctions", "sanctioned" and "sanction" share a stem; docs are numbered oldest first.
        assertThat(index.answer("sanction", Map.of()).docs()).containsExactly(0, 2);
        assertThat(index.answer("SANCTIONED ", Map.of()).docs()).containsExactly(0, 2);
        assertThat(index.answer("sanctions -oil", Map.of()).docs()).containsExactly(0);
        assertThat(index.answer("secret", Map.of()).docs()).isEmpty();
        assertThat(index.answer("future", Map.of()).docs()).isEmpty();
    }

    @Test
    void quotedPhrasesMatchWordsThatFollowEachOtherInOneField() throws IOException {
        TestSite site = archive(dir);
        build(site, false);
        IndexReader index = new IndexReader(site.output());
        assertThat(index.answer("\"oil exports\"", Map.of()).docs()).containsExactly(2);
        assertThat(index.answer("\"export oil\"", Map.of()).docs()).as("both words, not in that order").isEmpty();
        assertThat(index.answer("\"sanctions bit\"", Map.of()).docs()).as("stemmed as the text is").containsExactly(2);
        assertThat(index.answer("\"sanctioned economy\"", Map.of()).docs()).as("in the title").containsExactly(2);
        assertThat(index.answer("\"economy oil\"", Map.of()).docs()).as("the title's last word and the body's first").isEmpty();
        assertThat(index.answer("\"l'économie française\"", Map.of()).docs()).as("after an elision").containsExactly(1);
        assertThat(index.answer("\"الحرب في اليمن\"", Map.of()).docs()).containsExactly(3);
        assertThat(index.answer("\"sanctions regime\" -iran", Map.of()).docs()).containsExactly(0);
    }

    @Test
    void aPhraseRunsOnAcrossAWrappedLineButNotIntoTheNextParagraph() throws IOException {
        TestSite site = TestSite.in(dir)
                .file("content/site.yml", "title: Institute\n")
                .file("content/commentary/oil.md", "---\ntitle: Oil\ndate: 2020-01-01\n---\n\n"
                        + "Oil exports fell\nsharply in May.\n\nSharply rising prices followed.\n");
        build(site, false);
        IndexReader index = new IndexReader(site.output());
        assertThat(index.answer("\"fell sharply\"", Map.of()).docs()).as("across a wrapped line").containsExactly(0);
        assertThat(index.answer("\"may sharply\"", Map.of()).docs()).as("into the next paragraph").isEmpty();
    }

    @Test
    void wordsAddedToOneParagraphLeaveTheOthersPositionsAlone() {
        String before = "First paragraph about oil.\nSecond paragraph about sanctions.";
        String after = "First paragraph, now longer, about oil and gas.\nSecond paragraph about sanctions.";
        AnalysedPiece.Weighted was = stem(AnalysedPiece.of(new PieceText("en", "", "", "", before, "")), "sanction");
        AnalysedPiece.Weighted is = stem(AnalysedPiece.of(new PieceText("en", "", "", "", after, "")), "sanction");
        assertThat(is.positions()).isEqualTo(was.positions());
    }

    private static AnalysedPiece.Weighted stem(AnalysedPiece piece, String stem) {
        return piece.stems().stream().filter(weighted -> weighted.stem().equals(stem)).findFirst().orElseThrow();
    }

    @Test
    void foldsDiacriticsAndStemsArabicAndFrench() throws IOException {
        TestSite site = archive(dir);
        build(site, false);
        IndexReader index = new IndexReader(site.output());
        assertThat(index.answer("ECONOMIE ", Map.of()).docs()).containsExactly(1);
        assertThat(index.answer("élection", Map.of()).docs()).as("French plural and singular").containsExactly(1);
        assertThat(index.answer("الْحَرْب", Map.of()).docs()).as("Arabic with diacritics").containsExactly(3);
        assertThat(index.answer("المدارس", Map.of()).docs()).as("Arabic plural").containsExactly(3);
        assertThat(index.answer("ꦗꦮ", Map.of()).docs()).as("a script no analyser knows").containsExactly(3);
    }

    @Test
    void regionCountsRollUpToParentsAndFiltersCombine() throws IOException {
        TestSite site = archive(dir);
        build(site, false);
        IndexReader index = new IndexReader(site.output());
        Answer all = index.answer("amira", Map.of());
        assertThat(all.docs()).containsExactly(0, 2, 3);
        assertThat(all.counts().get("region")).containsEntry("yemen", 2).containsEntry("gulf", 3).containsEntry("middle-east", 3);
        Answer yemen = index.answer("amira", Map.of("region", List.of("yemen")));
        assertThat(yemen.docs()).containsExactly(0, 3);
        // A facet's own filter does not narrow its counts; the others' do.
        assertThat(yemen.counts().get("region")).containsEntry("gulf", 3);
        assertThat(yemen.counts().get("year")).containsOnlyKeys("2015", "2020");
        Answer both = index.answer("amira", Map.of("region", List.of("yemen"), "type", List.of("report")));
        assertThat(both.docs()).containsExactly(3);
        assertThat(index.answer("amira", Map.of("year", List.of("2019", "2015"))).docs()).containsExactly(0, 2);
    }

    /** A piece in Chinese, with Japanese and Korean in it, for the tests of text written without spaces. */
    static final Path CJK_PIECE = TestSite.REPO.resolve("src/test/resources/search/2024-06-03-east-asia-supply-chains.md");

    /** The test archive with {@link #CJK_PIECE} among its commentary. */
    static void fixtureWithCjk(TestSite site) throws IOException {
        TestSite.copyTree(TestSite.FIXTURE_ARCHIVE, site.content());
        Files.copy(CJK_PIECE, site.content().resolve("commentary").resolve(CJK_PIECE.getFileName()));
    }

    /** A built site's index, read back, and the plain scan it must agree with. */
    private record Searched(BruteForce scan, IndexReader index) {
    }

    /** The test archive with {@link #CJK_PIECE}, built, with its index and its plain scan. */
    private Searched fixtureWithCjkSearched() throws IOException {
        TestSite site = TestSite.in(dir);
        fixtureWithCjk(site);
        return new Searched(new BruteForce(build(site, false)), new IndexReader(site.output()));
    }

    @Test
    void chineseAndJapaneseAreFoundAsWrittenWithoutSpaces() throws IOException {
        Searched searched = fixtureWithCjkSearched();
        BruteForce scan = searched.scan();
        IndexReader index = searched.index();
        for (String query : List.of("中国经济", "半导体", "データ分析", "サプライチェーン", "서울경제", "G20峰会", "供应链 -美国",
                "供应链 -美中", "济经", "大阪 中国经济", "\"中国 经济\"", "china")) {
            assertThat(index.answer(query, Map.of())).as(query).isEqualTo(scan.answer(query, Map.of()));
        }
        assertThat(index.answer("中国经济", Map.of()).docs()).hasSize(1);
        assertThat(index.answer("サプライチェーン", Map.of()).docs()).as("a run of Katakana is one word").hasSize(1);
        assertThat(index.answer("济经", Map.of()).docs()).as("both characters, never one after the other").isEmpty();
        assertThat(index.answer("供应链 -美国", Map.of()).docs()).as("the piece says 美国").isEmpty();
        assertThat(index.answer("供应链 -美中", Map.of()).docs()).as("it has 美 and 中, never 美中").hasSize(1);
    }

    @Test
    void theIndexAgreesWithAPlainScanOnSeededQueries() throws IOException {
        Searched searched = fixtureWithCjkSearched();
        BruteForce scan = searched.scan();
        IndexReader index = searched.index();
        for (String query : RecallQueries.of(scan, 300, new Random(15))) {
            Map<String, List<String>> filters = RecallQueries.filters(scan, query.hashCode());
            assertThat(index.answer(query, filters)).as("%s %s", query, filters).isEqualTo(scan.answer(query, filters));
        }
    }

    @Test
    void twoBuildsWriteTheSameBytesAndAnEditRewritesOnlyTheTouchedParts() throws IOException {
        TestSite site = archive(dir);
        build(site, true);
        Map<String, byte[]> first = parts(site.output());
        TestSite clean = archive(dir.resolve("clean"));
        build(clean, false);
        assertThat(parts(clean.output())).usingRecursiveComparison().isEqualTo(first);

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String part : first.keySet()) Files.setLastModifiedTime(site.output().resolve(part), old);
        String edited = Files.readString(site.content().resolve("commentary/iran.md")).replace("rial collapsed", "rial collapsed overnight");
        site.file("content/commentary/iran.md", edited);
        build(site, true);
        List<String> rewritten = new java.util.ArrayList<>();
        for (Map.Entry<String, FileTime> part : times(site.output()).entrySet()) {
            if (!part.getValue().equals(old)) rewritten.add(part.getKey());
        }
        // The edited piece's fragment and text parts and the part of its new word; not the facets, nor words
        // it lacks, nor other pieces' parts. Iran is the third piece, oldest first.
        assertThat(rewritten).contains("search/d/2.js", "search/e/2.js", "search/t/o.js")
                .doesNotContain("search/meta.js", "search/f/region.js", "search/f/year.js", "search/t/l.js",
                        "search/d/1.js", "search/e/1.js", "search/d/3.js", "search/e/3.js");
        TestSite clean2 = archive(dir.resolve("clean2")).file("content/commentary/iran.md", edited);
        build(clean2, false);
        assertThat(parts(clean2.output())).usingRecursiveComparison().isEqualTo(parts(site.output()));
    }

    @Test
    void aRebuildWithEveryPieceAsItWasKeepsEveryPart() throws IOException {
        TestSite site = archive(dir);
        build(site, true);
        Map<String, byte[]> first = parts(site.output());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String part : first.keySet()) Files.setLastModifiedTime(site.output().resolve(part), old);
        // Every source saved again with the same bytes: read again, found unchanged, nothing indexed again.
        try (Stream<Path> files = Files.walk(site.content())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
            }
        }
        TestSite.Run rebuild = site.build("--verbose");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out() + rebuild.err()).containsPattern("search .* index parts, 0 of them made; patched where 0 pieces changed");
        Map<String, FileTime> times = times(site.output());
        times.keySet().retainAll(first.keySet());
        assertThat(times).as("no part rewritten").hasSameSizeAs(first).allSatisfy((part, time) -> assertThat(time).isEqualTo(old));
        assertThat(parts(site.output())).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void searchFalseWritesNoIndexNoPageAndNoForm() throws IOException {
        TestSite site = archive(dir);
        site.file("content/site.yml", "title: Institute\nsearch: false\n");
        build(site, false);
        assertThat(site.output().resolve("search")).doesNotExist();
        assertThat(site.page("index.html").select("form[role=search]")).isEmpty();
    }

    @Test
    void everyPageHasALabelledSearchFormAndTheSearchPageExplainsItselfWithoutJavaScript() throws IOException {
        TestSite site = archive(dir);
        build(site, false);
        Document article = site.page("commentary/yemen/index.html");
        var form = article.selectFirst("header form[role=search]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("../../search/index.html");
        assertThat(form.attr("method")).isEqualTo("get");
        String id = form.selectFirst("input[name=q]").id();
        assertThat(form.select("label[for=" + id + "]").text()).isNotBlank();
        Document search = site.page("search/index.html");
        assertThat(search.select("noscript a").eachAttr("href"))
                .contains("../archive/index.html", "../regions/index.html", "../authors/index.html");
        assertThat(search.selectFirst("[role=status][aria-live=polite]")).isNotNull();
    }

    private static Map<String, byte[]> parts(Path output) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".js")).toList()) {
                out.put(output.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return out;
    }

    private static Map<String, FileTime> times(Path output) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(output.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return out;
    }
}
