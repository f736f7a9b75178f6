package org.standfirst.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.Params;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.SourceLocation;
import org.standfirst.validate.ValidContent;

/** Taxonomy grouping and ordering, on typed content built in memory. */
class SiteAssemblerTest {
    private final Problems problems = new Problems();

    private static Article article(String path, String title, String date, List<String> authors, List<String> regions,
                                   List<String> topics) {
        String slug = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
        return new Article(new SourceLocation(path, 1), path.substring(0, path.lastIndexOf('/')), slug, title,
                LocalDate.parse(date), null, "", "Commentary", authors, regions, topics, null, null, false,
                Path.of("content", path), 5, "", false,
                Article.Extras.NONE, "");
    }

    private static Region region(String id, String name, String parent) {
        return new Region(id, name, "", parent, new SourceLocation("regions/" + id + ".md", 1), List.of(), List.of(), Params.NONE);
    }

    private Site assemble(List<Article> articles, List<Author> authors, List<Region> regions) {
        ValidContent content = new ValidContent(Path.of("content"), SiteConfig.defaults(), articles, authors, regions,
                List.of(), new TreeSet<>(), List.of());
        return new SiteAssembler(problems, SiteAssembler.Selection.published(java.time.Instant.parse("2030-01-01T00:00:00Z"))).assemble(content);
    }

    private static List<String> titles(Listing listing) {
        return listing.pieces().stream().map(p -> p.article().title()).toList();
    }

    private static Listing listing(List<Listing> listings, String id) {
        return listings.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void resolvesNamesAndIdsToTheSameProfile() {
        Author amira = new Author("amira-haddad", "Amira Haddad", "Haddad Amira", "Fellow", null, "", 0,
                new SourceLocation("authors/amira-haddad.md", 1), List.of(), List.of(), Params.NONE);
        Site site = assemble(List.of(
                article("c/a.md", "A", "2014-01-01", List.of("Amira Haddad"), List.of(), List.of()),
                article("c/b.md", "B", "2014-01-02", List.of("amira-haddad"), List.of(), List.of())), List.of(amira), List.of());
        assertThat(site.authors()).containsExactly(amira);
        assertThat(titles(listing(site.authorListings(), "amira-haddad"))).containsExactly("B", "A");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void rollsPiecesUpTheRegionTreeAndOrdersRegionsDepthFirst() {
        Site site = assemble(List.of(
                        article("c/a.md", "On Yemen", "2014-01-01", List.of(), List.of("Yemen"), List.of()),
                        article("c/b.md", "On Iran", "2014-01-02", List.of(), List.of("Iran"), List.of())),
                List.of(),
                List.of(region("yemen", "Yemen", "gulf"), region("gulf", "Gulf", "mena"), region("iran", "Iran", "mena"),
                        region("mena", "Middle East", null), region("europe", "Europe", null)));
        assertThat(site.regions().stream().map(Region::id)).containsExactly("europe", "mena", "gulf", "yemen", "iran");
        assertThat(titles(listing(site.regionListings(), "mena"))).containsExactly("On Iran", "On Yemen");
        assertThat(titles(listing(site.regionListings(), "gulf"))).containsExactly("On Yemen");
        assertThat(titles(listing(site.regionListings(), "europe"))).isEmpty();
    }

    @Test
    void reportsUnknownParentsAndCyclesAtTheParentLine() {
        assemble(List.of(), List.of(), List.of(
                new Region("a", "A", "", "b", new SourceLocation("regions/a.md", 3), List.of(), List.of(), Params.NONE),
                new Region("b", "B", "", "a", new SourceLocation("regions/b.md", 3), List.of(), List.of(), Params.NONE),
                new Region("c", "C", "", "nowhere", new SourceLocation("regions/c.md", 4), List.of(), List.of(), Params.NONE)));
        assertThat(problems.sorted().stream().map(Problem::format)).containsExactly(
                "regions/a.md:3: the region `a` is its own ancestor through `parent: b` — remove `parent:` from one of the regions in the loop",
                "regions/b.md:3: the region `b` is its own ancestor through `parent: a` — remove `parent:` from one of the regions in the loop",
                "regions/c.md:4: the parent region `nowhere` does not exist — create content/regions/nowhere.md, or set `parent:` to one of: a, b, c");
    }

    @Test
    void groupsTopicsAndTypesInOnePassAndYearsNewestFirst() {
        Site site = assemble(List.of(
                article("c/a.md", "A", "2014-01-01", List.of(), List.of(), List.of("Oil", "Sanctions")),
                article("c/b.md", "B", "2016-01-01", List.of(), List.of(), List.of("oil")),
                article("c/c.md", "C", "2015-01-01", List.of(), List.of(), List.of())), List.of(), List.of());
        assertThat(site.topicListings().stream().map(Listing::name)).containsExactly("Oil", "Sanctions");
        assertThat(titles(listing(site.topicListings(), "oil"))).containsExactly("B", "A");
        assertThat(site.yearListings().stream().map(Listing::id)).containsExactly("2016", "2015", "2014");
        assertThat(titles(listing(site.typeListings(), "commentary"))).containsExactly("B", "C", "A");
        assertThat(site.pieces().stream().map(Piece::index)).containsExactly(0, 1, 2);
    }

    @Test
    void warnsAboutProfilesNobodyCites() {
        assemble(List.of(), List.of(new Author("x", "X Y", "Y X", "", null, "", 0, new SourceLocation("authors/x.md", 1), List.of(), List.of(), Params.NONE)),
                List.of());
        assertThat(problems.sorted().stream().map(Problem::format)).containsExactly(
                "authors/x.md:1: warning: no piece names the author `X Y` — name them in a piece's `author:` exactly as `X Y`, or delete the profile");
    }

    @Test
    void relatedPiecesPreferMoreSharedTermsThenCloserInTime() {
        Site site = assemble(List.of(
                article("c/a.md", "A", "2014-01-05", List.of("P"), List.of("Iraq"), List.of("Oil")),
                article("c/b.md", "B", "2014-01-04", List.of(), List.of("Iraq"), List.of()),
                article("c/c.md", "C", "2014-01-03", List.of("P"), List.of("Iraq"), List.of("Oil")),
                article("c/d.md", "D", "2014-01-02", List.of(), List.of("Iraq"), List.of()),
                article("c/e.md", "E", "2014-01-01", List.of(), List.of("Iraq"), List.of())), List.of(), List.of());
        assertThat(site.related().get(0).stream().map(i -> site.pieces().get(i).article().title()))
                .containsExactly("C", "B", "D");
        assertThat(Arrays.asList(site.related().get(4).toArray())).hasSize(3);
    }

    @Test
    void relatedPiecesComeFromTheCacheOnlyWhileWhatPiecesShareIsUnchanged(@org.junit.jupiter.api.io.TempDir Path cache)
            throws Exception {
        List<Article> articles = new java.util.ArrayList<>(List.of(
                article("c/a.md", "A", "2014-01-05", List.of("P"), List.of("Iraq"), List.of("Oil")),
                article("c/b.md", "B", "2014-01-04", List.of(), List.of("Iraq"), List.of()),
                article("c/c.md", "C", "2014-01-03", List.of("P"), List.of("Iraq"), List.of("Oil")),
                article("c/d.md", "D", "2014-01-02", List.of("P"), List.of("Syria"), List.of())));
        SiteAssembler.Selection now = SiteAssembler.Selection.published(java.time.Instant.parse("2030-01-01T00:00:00Z"));
        java.util.function.Supplier<Site> build = () -> new SiteAssembler(problems, now, org.standfirst.incremental.IncrementalBuild.open(cache, cache.resolve("out"), "code", false, line -> { }).related()).assemble(new ValidContent(
                Path.of("content"), SiteConfig.defaults(), articles, List.of(), List.of(), List.of(), new TreeSet<>(), List.of()));
        Site first = build.get();
        assertThat(cache.resolve("related")).exists();
        assertThat(build.get().related()).isEqualTo(first.related());

        // D now shares Iraq: every list must be counted again, not read back.
        articles.set(3, article("c/d.md", "D", "2014-01-02", List.of("P"), List.of("Iraq"), List.of("Oil")));
        Site changed = build.get();
        assertThat(changed.related()).isEqualTo(assemble(articles, List.of(), List.of()).related())
                .isNotEqualTo(first.related());

        java.nio.file.Files.write(cache.resolve("related"), new byte[] {0, 1, 2});
        assertThat(build.get().related()).isEqualTo(changed.related());
    }
}
