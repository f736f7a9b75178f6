package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Piece;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.render.image.ImageMemo;
import org.standfirst.model.Site;
import org.standfirst.validate.ContentValidator;

/** The render stage on its own: a small site rendered with the default theme into memory. */
class SiteRendererTest {
    private static final Path THEME = Path.of("templates");
    /** Pages rendered in every build, never kept: the home page, the indexes and the 404 page. */
    private static final List<String> INDEX_PAGES = List.of("", "regions/", "authors/", "topics/", "archive/", "search/", "404.html");
    /** Files written in every build without asking {@link PageReuse}. */
    private static final List<String> ALWAYS_WRITTEN = List.of("robots.txt", "_redirects", "2014/06/mosul.html");

    /** The archive and its site, made once: every test renders it afresh. */
    @TempDir
    static Path archive;
    static Path content;
    static Site site;
    @TempDir
    Path dir;
    final Problems problems = new Problems();

    static final byte[] MAP = org.standfirst.support.TestImages.drawn(400, 300, "png");

    /** What a render handed to its sink; a path given twice is a failure of the sink's contract. */
    static final class MemorySink implements PageSink {
        final Map<String, String> pages = new ConcurrentHashMap<>();
        final Map<String, Path> copies = new ConcurrentHashMap<>();
        final Map<String, byte[]> files = new ConcurrentHashMap<>();
        final List<String> twice = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void page(String sitePath, String html) {
            if (pages.put(sitePath, html) != null) twice.add(sitePath);
        }

        @Override
        public void copy(String sitePath, Path source) {
            if (copies.put(sitePath, source) != null) twice.add(sitePath);
        }

        @Override
        public void file(String sitePath, byte[] bytes) {
            if (files.put(sitePath, bytes) != null) twice.add(sitePath);
        }

        Document html(String sitePath) {
            assertThat(pages).containsKey(sitePath);
            return Jsoup.parse(pages.get(sitePath));
        }

        /** Every path written or copied. */
        Set<String> all() {
            Set<String> out = new TreeSet<>(pages.keySet());
            out.addAll(copies.keySet());
            out.addAll(files.keySet());
            return out;
        }
    }

    /** Keeps what {@code keep} accepts, and records what it was asked and told. */
    static final class RecordingReuse implements PageReuse {
        final Predicate<Input> keep;
        final Map<String, Input> asked = new ConcurrentHashMap<>();
        final Map<String, Input> made = new ConcurrentHashMap<>();
        final List<String> madeTwice = Collections.synchronizedList(new ArrayList<>());
        volatile int begun;

        RecordingReuse(Predicate<Input> keep) {
            this.keep = keep;
        }

        @Override
        public void begin(Site site, org.standfirst.render.view.SiteView siteWide, List<String> files, ShownImages images) {
            begun++;
        }

        @Override
        public boolean keep(Input input, List<String> sitePaths) {
            for (String path : sitePaths) asked.put(path, input);
            return keep.test(input);
        }

        @Override
        public void made(Input input, String sitePath, List<ResolvedLink> links) {
            if (made.put(sitePath, input) != null) madeTwice.add(sitePath);
        }
    }

    /** Counts what the renderer tells the body memo. */
    static final class CountingBodies implements BodyMemo {
        volatile int finished;
        final Set<String> remembered = ConcurrentHashMap.newKeySet();

        @Override
        public void remember(Input input, String markdown, Body body) {
            remembered.add(input.path());
        }

        @Override
        public void finish() {
            finished++;
        }
    }

    @BeforeAll
    static void site() throws IOException {
        content = archive.resolve("content");
        write("site.yml", """
                title: Test Institute
                base_url: https://example.org/
                page_size: 2
                """);
        write("commentary/2014-06-17-mosul.md", """
                ---
                title: Mosul
                date: 2014-06-17
                authors: [Amira Haddad]
                regions: [Iraq]
                topics: [Security]
                aliases: [/2014/06/mosul.html]
                ---
                The city fell in a day. See [Basra](2015-01-02-basra.md).
                """);
        write("commentary/2015-01-02-basra.md", """
                ---
                title: Basra
                date: 2015-01-02
                authors: [Amira Haddad, Daniel Ashworth]
                region: Iraq
                ---
                Oil and water.
                """);
        write("reports/kirkuk/index.md", """
                ---
                title: Kirkuk
                date: 2016-03-04
                region: Iraq
                image: map.png
                image_alt: A map of the city
                ---
                A disputed city.
                """);
        Files.write(content.resolve("reports/kirkuk/map.png"), MAP);
        write("authors/amira-haddad.md", """
                ---
                name: Amira Haddad
                role: Senior Fellow
                ---
                Amira writes on Iraq.
                """);
        write("regions/iraq.md", """
                ---
                name: Iraq
                description: The state and its neighbours.
                ---
                """);
        site = assemble();
    }

    private static void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Site assemble() {
        Problems problems = new Problems();
        var valid = new ContentValidator(problems).validate(new ContentLoader(content, problems).load(), null);
        Site assembled = new SiteAssembler(problems, SiteAssembler.Selection.published(Instant.parse("2030-01-01T00:00:00Z")))
                .assemble(valid);
        assertThat(problems.sorted()).extracting(Problem::format).isEmpty();
        return assembled;
    }

    /** The default theme, compiled once for the class: engines are shared between threads and builds. */
    private static final ThemeEngine DEFAULT_THEME = new ThemeEngine(THEME);

    private SiteRenderer renderer(Path theme, BodyMemo bodies, PageReuse reuse) {
        ThemeEngine engine = theme.equals(THEME) ? DEFAULT_THEME : new ThemeEngine(theme);
        return new SiteRenderer(engine, "templates", problems, bodies, reuse, ImageMemo.NONE);
    }

    /** Listing pages of this site, by path: every listing with its pages of two pieces. */
    private static final List<String> LISTING_PAGES = List.of("regions/iraq/", "regions/iraq/page/2/",
            "authors/amira-haddad/", "authors/daniel-ashworth/", "topics/security/", "commentary/", "reports/",
            "archive/2014/", "archive/2015/", "archive/2016/");

    private static List<String> articleFiles(Piece piece) {
        String slug = piece.article().slug();
        return List.of(piece.path(), piece.path() + slug + ".bib", piece.path() + slug + ".ris");
    }

    private static List<String> allArticleFiles() {
        return site.pieces().stream().flatMap(p -> articleFiles(p).stream()).toList();
    }

    /** A copy of the default theme, to break. */
    private Path themeCopy() throws IOException {
        Path copy = dir.resolve("theme");
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(THEME.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return copy;
    }

    private static long themeAssetCount() throws IOException {
        try (Stream<Path> files = Files.walk(THEME.resolve(SiteRenderer.THEME_ASSETS))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void everyPieceGetsItsPageAndCitationFiles() {
        MemorySink sink = new MemorySink();
        renderer(THEME, BodyMemo.NONE, PageReuse.NONE).render(site, sink, null);

        assertThat(site.pieces()).extracting(Piece::path)
                .containsExactly("reports/kirkuk/", "commentary/basra/", "commentary/mosul/");
        for (Piece piece : site.pieces()) {
            assertThat(sink.pages).containsKeys(articleFiles(piece).toArray(String[]::new));
            assertThat(sink.html(piece.path()).select("h1.article-title").text()).isEqualTo(piece.article().title());
            assertThat(sink.pages.get(piece.path() + piece.article().slug() + ".bib")).startsWith("@")
                    .contains(piece.article().title());
            assertThat(sink.pages.get(piece.path() + piece.article().slug() + ".ris")).startsWith("TY  - ")
                    .contains("TI  - " + piece.article().title());
        }
        assertThat(sink.html("commentary/mosul/").select(".article-body a, article a").eachAttr("href"))
                .contains("../basra/index.html");
        assertThat(sink.twice).isEmpty();
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void listingIndexAndWebFilesAreRendered() {
        MemorySink sink = new MemorySink();
        renderer(THEME, BodyMemo.NONE, PageReuse.NONE).render(site, sink, null);

        assertThat(sink.pages).containsKeys(LISTING_PAGES.toArray(String[]::new));
        assertThat(sink.pages).containsKeys(INDEX_PAGES.toArray(String[]::new));
        assertThat(sink.pages).containsKeys("feed.xml", "commentary/feed.xml", "regions/iraq/feed.xml",
                "authors/amira-haddad/feed.xml", "topics/security/feed.xml", "sitemap.xml", "robots.txt", "_redirects",
                "2014/06/mosul.html");
        assertThat(sink.html("regions/iraq/").select(".piece-title").eachText()).containsExactly("Kirkuk", "Basra");
        assertThat(sink.html("regions/iraq/page/2/").select(".piece-title").eachText()).containsExactly("Mosul");
        assertThat(sink.html("2014/06/mosul.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/commentary/mosul/");
    }

    @Test
    void theSitesFilesAndTheThemesAssetsAreCopied() throws IOException {
        MemorySink sink = new MemorySink();
        SiteRenderer.Outcome outcome = renderer(THEME, BodyMemo.NONE, PageReuse.NONE).render(site, sink, null);

        assertThat(sink.copies).containsKeys("assets/style.css", "reports/kirkuk/map.png");
        assertThat(sink.copies.get("assets/style.css")).isEqualTo(THEME.toAbsolutePath().resolve("assets/style.css"));
        assertThat(sink.copies.get("reports/kirkuk/map.png")).hasBinaryContent(MAP);
        assertThat(sink.files).containsKey("resized/reports/kirkuk/map-400.png");
        assertThat(sink.copies).hasSize((int) themeAssetCount() + 1);
        assertThat(outcome.copied()).isEqualTo(sink.copies.size());
    }

    @Test
    void withoutReuseEveryPageIsCountedAsRendered() {
        MemorySink sink = new MemorySink();
        SiteRenderer.Outcome outcome = renderer(THEME, BodyMemo.NONE, PageReuse.NONE).render(site, sink, null);

        int expected = site.pieces().size() + LISTING_PAGES.size() + INDEX_PAGES.size();
        assertThat(outcome.pages()).isEqualTo(expected);
        assertThat(outcome.rendered()).isEqualTo(outcome.pages());
        long htmlPages = sink.pages.keySet().stream().filter(p -> p.isEmpty() || p.endsWith("/") || p.equals("404.html")).count();
        assertThat(htmlPages).isEqualTo(expected);
    }

    @Test
    void reuseThatKeepsEverythingLeavesOnlyThePagesMadeInEveryBuild() {
        MemorySink sink = new MemorySink();
        RecordingReuse keepAll = new RecordingReuse(input -> true);
        SiteRenderer.Outcome outcome = renderer(THEME, BodyMemo.NONE, keepAll).render(site, sink, null);

        assertThat(sink.pages.keySet()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(INDEX_PAGES.stream(), ALWAYS_WRITTEN.stream()).toList());
        assertThat(sink.copies).isEmpty();
        assertThat(keepAll.made).isEmpty();
        assertThat(keepAll.begun).isEqualTo(1);
        assertThat(keepAll.asked.keySet()).containsAll(allArticleFiles()).containsAll(LISTING_PAGES)
                .contains("feed.xml", "sitemap.xml", "assets/style.css", "reports/kirkuk/map.png")
                .doesNotContainAnyElementsOf(INDEX_PAGES);
        assertThat(keepAll.asked.get("commentary/mosul/mosul.bib")).isInstanceOf(PageReuse.ArticlePage.class);
        assertThat(outcome).isEqualTo(new SiteRenderer.Outcome(
                site.pieces().size() + LISTING_PAGES.size() + INDEX_PAGES.size(), INDEX_PAGES.size(), 0));
    }

    @Test
    void madeIsToldOfExactlyTheFilesWrittenThroughReuse() {
        MemorySink sink = new MemorySink();
        RecordingReuse keepArticles = new RecordingReuse(input -> input instanceof PageReuse.ArticlePage);
        SiteRenderer.Outcome outcome = renderer(THEME, BodyMemo.NONE, keepArticles).render(site, sink, null);

        Set<String> throughReuse = sink.all();
        throughReuse.removeAll(INDEX_PAGES);
        throughReuse.removeAll(ALWAYS_WRITTEN);
        // Image derivatives are handed over in every build (a kept page names them); the writer leaves unchanged ones be.
        assertThat(sink.files).isNotEmpty();
        throughReuse.removeAll(sink.files.keySet());
        assertThat(keepArticles.made.keySet()).containsExactlyInAnyOrderElementsOf(throughReuse);
        assertThat(keepArticles.madeTwice).isEmpty();
        assertThat(sink.pages).doesNotContainKeys(allArticleFiles().toArray(String[]::new));
        assertThat(keepArticles.made.get("regions/iraq/page/2/")).isInstanceOfSatisfying(PageReuse.ListingPage.class,
                page -> assertThat(page.number()).isEqualTo(2));
        assertThat(keepArticles.made.get("feed.xml")).isInstanceOf(PageReuse.Feed.class);
        assertThat(keepArticles.made.get("sitemap.xml")).isInstanceOf(PageReuse.SitemapFiles.class);
        assertThat(keepArticles.made.get("assets/style.css")).isInstanceOf(PageReuse.Copy.class);
        assertThat(outcome.pages()).isEqualTo(site.pieces().size() + LISTING_PAGES.size() + INDEX_PAGES.size());
        assertThat(outcome.rendered()).isEqualTo(LISTING_PAGES.size() + INDEX_PAGES.size());
    }

    @Test
    void aReuseThatKeepsNothingIsToldOfEveryArticleFile() {
        MemorySink sink = new MemorySink();
        RecordingReuse keepNothing = new RecordingReuse(input -> false);
        renderer(THEME, BodyMemo.NONE, keepNothing).render(site, sink, null);

        assertThat(keepNothing.made.keySet()).containsAll(allArticleFiles());
        assertThat(keepNothing.made.get("commentary/mosul/")).isInstanceOfSatisfying(PageReuse.ArticlePage.class,
                page -> assertThat(page.piece().article().title()).isEqualTo("Mosul"));
    }

    @Test
    void aTemplateErrorBecomesAProblemAtItsLine() throws IOException {
        Path theme = themeCopy();
        List<String> lines = new ArrayList<>(Files.readAllLines(theme.resolve("listing.peb")));
        lines.add(2, "<p>{{ listing.missingField }}</p>");
        Files.write(theme.resolve("listing.peb"), lines);
        MemorySink sink = new MemorySink();
        CountingBodies bodies = new CountingBodies();

        SiteRenderer renderer = renderer(theme, bodies, PageReuse.NONE);
        SiteRenderer.Outcome[] outcome = new SiteRenderer.Outcome[1];
        assertThatCode(() -> outcome[0] = renderer.render(site, sink, null)).doesNotThrowAnyException();

        assertThat(problems.sorted()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("templates/listing.peb");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.format()).startsWith("templates/listing.peb:3: ").contains("missingField");
        });
        // Region and author pages extend listing.peb: every listing page fails, the rest are written.
        assertThat(sink.pages).doesNotContainKeys(LISTING_PAGES.toArray(String[]::new))
                .containsKeys(allArticleFiles().toArray(String[]::new))
                .containsKeys(INDEX_PAGES.toArray(String[]::new));
        assertThat(outcome[0].rendered()).isEqualTo(site.pieces().size() + INDEX_PAGES.size());
        assertThat(bodies.finished).as("a render with errors forgets nothing").isZero();
    }

    @Test
    void aRenderWithoutErrorsLetsTheBodyMemoForgetWhatItDidNotUse() {
        CountingBodies bodies = new CountingBodies();
        renderer(THEME, bodies, PageReuse.NONE).render(site, new MemorySink(), null);

        assertThat(bodies.finished).isEqualTo(1);
        assertThat(bodies.remembered).containsExactlyInAnyOrder("reports/kirkuk/", "commentary/basra/", "commentary/mosul/");
    }

    @Test
    void theDefaultThemePassesTheCheck() {
        assertThat(renderer(THEME, BodyMemo.NONE, PageReuse.NONE).checkTheme()).isTrue();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void checkThemeReportsAMissingRequiredTemplate() throws IOException {
        Path theme = themeCopy();
        Files.delete(theme.resolve("regions.peb"));

        assertThat(folderOnly(theme).checkTheme()).isFalse();

        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.path()).isEqualTo("templates/regions.peb");
            assertThat(problem.message()).isEqualTo("the template is missing");
            assertThat(problem.hint()).contains("base.peb").contains("regions.peb");
        });
    }

    @Test
    void checkThemeReportsASyntaxErrorAtItsLine() throws IOException {
        Path theme = themeCopy();
        Files.writeString(theme.resolve("404.peb"), "{% extends \"base.peb\" %}\n{% block content %}\n{% if %}\n{% endblock %}\n");

        assertThat(renderer(theme, BodyMemo.NONE, PageReuse.NONE).checkTheme()).isFalse();

        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("templates/404.peb");
            assertThat(problem.line()).isEqualTo(3);
        });
    }

    @Test
    void aTemplateMissingFromTheFolderIsTakenFromTheBuiltInTheme() throws IOException {
        Path theme = themeCopy();
        Files.delete(theme.resolve("regions.peb"));

        assertThat(renderer(theme, BodyMemo.NONE, PageReuse.NONE).checkTheme()).isTrue();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void withNoFolderTheBuiltInThemeIsTheWholeTheme() {
        assertThat(renderer(dir.resolve("no-theme"), BodyMemo.NONE, PageReuse.NONE).checkTheme()).isTrue();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void checkThemeReportsAMissingFolderWhenThereIsNoBuiltInTheme() {
        assertThat(folderOnly(dir.resolve("no-theme")).checkTheme()).isFalse();

        assertThat(problems.sorted()).extracting(Problem::path, Problem::message).containsExactly(org.assertj.core.groups.Tuple
                .tuple("templates", "the templates folder does not exist, and this Standfirst has no built-in theme"));
    }

    /** A renderer with the folder's theme alone, as when Standfirst runs without its built-in theme. */
    private SiteRenderer folderOnly(Path theme) {
        return new SiteRenderer(new ThemeEngine(ThemeFiles.folderOnly(theme)), "templates", problems, BodyMemo.NONE,
                PageReuse.NONE, ImageMemo.NONE);
    }

    @Test
    void articlePagesRendersOnlyThePiecesAsked() {
        Path mosul = content.resolve("commentary/2014-06-17-mosul.md").toAbsolutePath().normalize();

        Map<String, String> pages = renderer(THEME, BodyMemo.NONE, PageReuse.NONE).articlePages(site, Set.of(mosul));

        assertThat(pages.keySet()).containsExactly("commentary/mosul/", "commentary/mosul/mosul.bib", "commentary/mosul/mosul.ris");
        assertThat(Jsoup.parse(pages.get("commentary/mosul/")).select("h1.article-title").text()).isEqualTo("Mosul");
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void articlePagesOfAnUnknownSourceIsEmpty() {
        assertThat(renderer(THEME, BodyMemo.NONE, PageReuse.NONE).articlePages(site, Set.of(dir.resolve("elsewhere.md"))))
                .isEmpty();
    }
}
