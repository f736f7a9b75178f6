package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.assemble.SiteInventory;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Piece;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.view.ArticleView;
import org.standfirst.render.view.AuthorProfile;
import org.standfirst.render.view.LinkView;
import org.standfirst.render.view.PieceSummary;
import org.standfirst.validate.ContentValidator;

/** The view records templates see, made from a small assembled site. */
class ViewFactoryTest {
    @TempDir
    Path dir;
    Path content;
    final Problems problems = new Problems();

    /** Written by the tests that need a site; the static helpers' tables need none. */
    private void archive() throws IOException {
        content = dir.resolve("content");
        write("site.yml", "title: Test Institute\nbase_url: https://example.org/\n");
        write("commentary/2014-06-17-mosul.md", """
                ---
                title: Mosul and the Hollow Army
                date: 2014-06-17
                updated: 2014-07-03
                summary: The fall of Mosul was a political failure.
                authors: [Amira Haddad, Ben Carter, Chloe Dubois, Dara Ek, Emil Falk, Farah Ghani, Gil Hart]
                regions: [Iraq]
                topics: [Security]
                ---
                """ + "word ".repeat(500) + "\n");
        write("commentary/2015-01-02-basra.md", """
                ---
                title: Basra
                date: 2015-01-02
                authors: [Amira Haddad]
                region: Iraq
                image: /images/port.jpg
                image_alt: The port
                ---
                Oil and water; see [Mosul](2014-06-17-mosul.md).
                """);
        Files.createDirectories(content.resolve("static/images"));
        Files.write(content.resolve("static/images/port.jpg"), new byte[] {1});
        write("reports/kirkuk/index.md", """
                ---
                title: Kirkuk
                date: 2016-03-04
                region: Iraq
                image: map.png
                image_alt: A map
                pdf: report.pdf
                ---
                A disputed city.
                """);
        Files.write(content.resolve("reports/kirkuk/map.png"), new byte[] {2});
        Files.write(content.resolve("reports/kirkuk/report.pdf"), new byte[540_000]);
        write("commentary/2013-03-01-elsewhere.md", """
                ---
                title: Elsewhere
                date: 2013-03-01
                image: https://images.example.net/photo.jpg
                image_alt: A photo
                ---
                Far away.
                """);
        write("authors/amira-haddad.md", """
                ---
                name: Amira Haddad
                role: Senior Fellow
                photo: amira.jpg
                ---
                Amira writes on *Iraq*.

                A second paragraph.
                """);
        Files.write(content.resolve("authors/amira.jpg"), new byte[] {3});
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Site site() throws IOException {
        if (content == null) archive();
        var valid = new ContentValidator(problems).validate(new ContentLoader(content, problems).load(), null);
        Site site = new SiteAssembler(problems, SiteAssembler.Selection.published(Instant.parse("2030-01-01T00:00:00Z")))
                .assemble(valid);
        assertThat(problems.sorted()).extracting(Problem::format).isEmpty();
        return site;
    }

    private static ViewFactory views(Site site, BodyMemo bodies) {
        List<String> files = SiteInventory.of(site).stream().map(SiteInventory.Entry::file).toList();
        return new ViewFactory(site, new MarkdownRenderer(site.config().rawHtml()), new LinkTargets(files, site.pieces()), bodies);
    }

    private static Piece piece(Site site, String title) {
        return site.pieces().stream().filter(p -> p.article().title().equals(title)).findFirst().orElseThrow();
    }

    private static String title(PieceSummary summary) {
        return summary == null ? null : summary.title();
    }

    @Test
    void aSummaryCarriesWhatListingsShow() throws IOException {
        Site site = site();
        PieceSummary summary = views(site, BodyMemo.NONE).summary(piece(site, "Mosul and the Hollow Army"));

        assertThat(summary.title()).isEqualTo("Mosul and the Hollow Army");
        assertThat(summary.url()).isEqualTo("/commentary/mosul/");
        assertThat(summary.type()).isEqualTo("Commentary");
        assertThat(summary.typeUrl()).isEqualTo("/commentary/");
        assertThat(summary.date()).isEqualTo("17 June 2014");
        assertThat(summary.dateIso()).isEqualTo("2014-06-17");
        assertThat(summary.regions()).containsExactly(new LinkView("Iraq", "/regions/iraq/"));
        assertThat(summary.summary()).isEqualTo("The fall of Mosul was a political failure.");
        assertThat(summary.readingTime()).isEqualTo("3 min read");
    }

    @Test
    void aSummaryNamesTheFirstAuthorsAndCountsTheRest() throws IOException {
        Site site = site();
        ViewFactory views = views(site, BodyMemo.NONE);
        PieceSummary many = views.summary(piece(site, "Mosul and the Hollow Army"));
        PieceSummary one = views.summary(piece(site, "Basra"));

        assertThat(many.authors()).hasSize(PieceSummary.AUTHORS_SHOWN).first()
                .isEqualTo(new LinkView("Amira Haddad", "/authors/amira-haddad/"));
        assertThat(many.authors()).extracting(LinkView::name)
                .containsExactly("Amira Haddad", "Ben Carter", "Chloe Dubois", "Dara Ek", "Emil Falk");
        assertThat(many.moreAuthors()).isEqualTo(2);
        assertThat(one.authors()).extracting(LinkView::name).containsExactly("Amira Haddad");
        assertThat(one.moreAuthors()).isZero();
    }

    @Test
    void summariesAreMadeOncePerPiece() throws IOException {
        Site site = site();
        ViewFactory views = views(site, BodyMemo.NONE);
        Piece basra = piece(site, "Basra");

        assertThat(views.summary(basra)).isSameAs(views.summary(basra));
        assertThat(views.summaries(site.pieces())).extracting(PieceSummary::title)
                .containsExactly("Kirkuk", "Basra", "Mosul and the Hollow Army", "Elsewhere");
    }

    @Test
    void datesAreShownInTheSitesLanguage() throws IOException {
        archive();
        write("site.yml", "title: Institut\nbase_url: https://example.org/\nlanguage: fr\n");
        Site site = site();
        ViewFactory views = views(site, BodyMemo.NONE);

        assertThat(views.summary(piece(site, "Mosul and the Hollow Army")).date()).isEqualTo("17 juin 2014");
        assertThat(views.display(LocalDate.of(2015, 2, 1))).isEqualTo("1 février 2015");
        assertThat(views.display(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "0, 1 min read",
            "1, 1 min read",
            "230, 1 min read",
            "231, 2 min read",
            "460, 2 min read",
            "461, 3 min read",
            "2300, 10 min read",
    })
    void readingTimeRoundsUpAtTwoHundredThirtyWordsAMinute(int words, String expected) {
        assertThat(ViewFactory.readingTime(words)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 1 KB",
            "1, 1 KB",
            "1499, 1 KB",
            "1500, 2 KB",
            "540000, 540 KB",
            "999499, 999 KB",
            "999500, 1.0 MB",
            "1000000, 1.0 MB",
            "1200000, 1.2 MB",
            "12345678, 12.3 MB",
    })
    void sizesAreInDecimalKilobytesAndMegabytes(long bytes, String expected) {
        assertThat(ViewFactory.size(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amira Haddad | AH",
            "Plato | P",
            "'  daniel   ashworth ' | DA",
            "Ludwig van Beethoven | LB",
            "Zoë Ångström | ZÅ",
            "علی رضایی | عر",
    })
    void initialsAreTheFirstAndLastWordsFirstLetters(String name, String expected) {
        assertThat(ViewFactory.initials(name)).isEqualTo(expected);
    }

    @Test
    void anArticleLinksToItsOlderAndNewerNeighbours() throws IOException {
        Site site = site();
        ViewFactory views = views(site, BodyMemo.NONE);

        ArticleView newest = views.article(piece(site, "Kirkuk"), "");
        ArticleView middle = views.article(piece(site, "Basra"), "");
        ArticleView oldest = views.article(piece(site, "Elsewhere"), "");

        assertThat(title(newest.next())).isNull();
        assertThat(title(newest.previous())).isEqualTo("Basra");
        assertThat(title(middle.next())).isEqualTo("Kirkuk");
        assertThat(title(middle.previous())).isEqualTo("Mosul and the Hollow Army");
        assertThat(title(oldest.previous())).isNull();
        assertThat(title(oldest.next())).isEqualTo("Mosul and the Hollow Army");
    }

    @Test
    void anArticleShowsItsRelatedPiecesInTheAssembledOrder() throws IOException {
        Site site = site();
        Piece basra = piece(site, "Basra");

        ArticleView article = views(site, BodyMemo.NONE).article(basra, "<p>body</p>");

        List<String> expected = site.related().get(basra.index()).stream()
                .map(i -> site.pieces().get(i).article().title()).toList();
        assertThat(expected).isNotEmpty().doesNotContain("Basra");
        assertThat(article.related()).extracting(PieceSummary::title).containsExactlyElementsOf(expected);
        assertThat(article.bodyHtml()).isEqualTo("<p>body</p>");
    }

    @Test
    void anArticleCarriesItsDatesTopicsAndCitationFiles() throws IOException {
        Site site = site();
        ArticleView mosul = views(site, BodyMemo.NONE).article(piece(site, "Mosul and the Hollow Army"), "");

        assertThat(mosul.updated()).isEqualTo("3 July 2014");
        assertThat(mosul.updatedIso()).isEqualTo("2014-07-03");
        assertThat(mosul.topics()).containsExactly(new LinkView("Security", "/topics/security/"));
        assertThat(mosul.authors()).hasSize(7).first().satisfies(card -> {
            assertThat(card.role()).isEqualTo("Senior Fellow");
            assertThat(card.bioHtml()).contains("<em>Iraq</em>").doesNotContain("second paragraph");
            assertThat(card.hasProfile()).isTrue();
        });
        assertThat(mosul.authors().get(1).hasProfile()).isFalse();
        assertThat(mosul.cite().bibUrl()).isEqualTo("/commentary/mosul/mosul.bib");
        assertThat(mosul.cite().risUrl()).isEqualTo("/commentary/mosul/mosul.ris");
        assertThat(mosul.image()).isNull();
        assertThat(mosul.pdf()).isNull();
    }

    @Test
    void imageUrlsBesideThePageAreMadeSitePathsAndOthersAreKept() throws IOException {
        Site site = site();
        ViewFactory views = views(site, BodyMemo.NONE);

        ArticleView kirkuk = views.article(piece(site, "Kirkuk"), "");
        assertThat(kirkuk.image().url()).isEqualTo("/reports/kirkuk/map.png");
        assertThat(kirkuk.image().alt()).isEqualTo("A map");
        assertThat(kirkuk.pdf().url()).isEqualTo("/reports/kirkuk/report.pdf");
        assertThat(kirkuk.pdf().size()).isEqualTo("540 KB");
        assertThat(views.article(piece(site, "Basra"), "").image().url()).isEqualTo("/images/port.jpg");
        assertThat(views.article(piece(site, "Elsewhere"), "").image().url()).isEqualTo("https://images.example.net/photo.jpg");
    }

    @Test
    void anAuthorsProfileHasItsPhotoBesideItsPageAndItsInitials() throws IOException {
        Site site = site();
        ViewFactory views = views(site, BodyMemo.NONE);

        AuthorProfile amira = views.profile(site.authors().stream().filter(a -> a.id().equals("amira-haddad")).findFirst().orElseThrow());
        AuthorProfile ben = views.profile(site.authors().stream().filter(a -> a.id().equals("ben-carter")).findFirst().orElseThrow());

        assertThat(amira.photo()).isEqualTo("/authors/amira-haddad/amira.jpg");
        assertThat(amira.initials()).isEqualTo("AH");
        assertThat(amira.bioHtml()).contains("second paragraph");
        assertThat(ben.photo()).isEmpty();
        assertThat(ben.initials()).isEqualTo("BC");
        assertThat(ben.hasProfile()).isFalse();
    }

    @Test
    void aPhotoWhoseNameStartsWithHttpIsStillAFileBesideTheAuthorsPage() throws IOException {
        archive();
        write("authors/amira-haddad.md", "---\nname: Amira Haddad\nrole: Fellow\nphoto: httpd-portrait.jpg\n---\nBio.\n");
        Files.write(content.resolve("authors/httpd-portrait.jpg"), new byte[] {3});
        Site site = site();
        AuthorProfile amira = views(site, BodyMemo.NONE).profile(site.authors().stream()
                .filter(a -> a.id().equals("amira-haddad")).findFirst().orElseThrow());
        assertThat(amira.photo()).isEqualTo("/authors/amira-haddad/httpd-portrait.jpg");
    }

    /** A body memo that holds bodies by page path and records what it is asked and told. */
    static final class StubBodies implements BodyMemo {
        final Map<String, Body> stored = new HashMap<>();
        final List<Input> asked = new ArrayList<>();
        final Map<Input, String> rememberedMarkdown = new HashMap<>();
        final Map<Input, Body> remembered = new HashMap<>();

        @Override
        public Optional<Body> recall(Input input, Predicate<List<ResolvedLink>> stillResolve) {
            asked.add(input);
            Body body = stored.get(input.path());
            return body != null && stillResolve.test(body.links()) ? Optional.of(body) : Optional.empty();
        }

        @Override
        public void remember(Input input, String markdown, Body body) {
            rememberedMarkdown.put(input, markdown);
            remembered.put(input, body);
        }
    }

    @Test
    void aBodyNotRecalledIsRenderedAndRemembered() throws IOException {
        Site site = site();
        Piece basra = piece(site, "Basra");
        StubBodies bodies = new StubBodies();
        ViewFactory views = views(site, bodies);

        BodyMemo.Body body = views.body(basra, problems);

        BodyMemo.Input input = views.bodyInput(basra);
        assertThat(input).isEqualTo(new BodyMemo.Input("commentary/basra/", basra.article().bodyDigest(), site.config().rawHtml()));
        assertThat(bodies.asked).containsExactly(input);
        assertThat(bodies.remembered).containsOnlyKeys(input).containsEntry(input, body);
        assertThat(bodies.rememberedMarkdown.get(input)).isEqualTo(ContentLoader.body(basra.article().file()))
                .isEqualTo("Oil and water; see [Mosul](2014-06-17-mosul.md).\n");
        assertThat(body.html()).contains("href=\"../mosul/index.html\"").contains("Oil and water");
        assertThat(body.links()).singleElement().satisfies(link -> {
            assertThat(link.url()).isEqualTo("2014-06-17-mosul.md");
            assertThat(link.unchanged()).isFalse();
        });
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void aRememberedBodyIsRecalledWhenItsLinksStillResolveAsTheyDid() throws IOException {
        Site site = site();
        Piece basra = piece(site, "Basra");
        BodyMemo.Body fresh = views(site, BodyMemo.NONE).body(basra, problems);
        StubBodies bodies = new StubBodies();
        bodies.stored.put(basra.path(), new BodyMemo.Body("<p>remembered</p>", fresh.links()));

        BodyMemo.Body body = views(site, bodies).body(basra, problems);

        assertThat(body.html()).isEqualTo("<p>remembered</p>");
        assertThat(bodies.remembered).isEmpty();
    }

    @Test
    void aRememberedBodyWhoseLinksNowResolveElsewhereIsRenderedAgain() throws IOException {
        Site site = site();
        Piece basra = piece(site, "Basra");
        BodyMemo.Body fresh = views(site, BodyMemo.NONE).body(basra, problems);
        List<ResolvedLink> stale = fresh.links().stream()
                .map(link -> new ResolvedLink(link.url(), link.line(), "/commentary/moved/")).toList();
        StubBodies bodies = new StubBodies();
        bodies.stored.put(basra.path(), new BodyMemo.Body("<p>remembered</p>", stale));

        BodyMemo.Body body = views(site, bodies).body(basra, problems);

        assertThat(body).isEqualTo(fresh);
        assertThat(bodies.remembered).containsOnlyKeys(new BodyMemo.Input(basra.path(), basra.article().bodyDigest(),
                site.config().rawHtml()));
    }
}
