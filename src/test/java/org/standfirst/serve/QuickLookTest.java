package org.standfirst.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.Pipeline;
import org.standfirst.support.TestSite;

/**
 * The preview's quick look at an edit, driven step by step (no watcher, no timing): what it serves,
 * that the rebuild after it writes the same bytes, and every kind of change it must leave to the rebuild.
 */
class QuickLookTest {
    private static final String MOSUL = "content/commentary/2014-06-17-mosul.md";
    private static final String MOSUL_PAGE = "commentary/mosul/index.html";

    @TempDir
    Path dir;
    TestSite site;
    SiteBuilds builds;

    @BeforeEach
    void firstBuild() throws Exception {
        site = TestSite.in(dir.resolve("site"))
                .article("commentary/2014-06-17-mosul.md", "Mosul and the Hollow Army", "2014-06-17",
                        "regions: [Iraq]", "topics: [Security]")
                .article("commentary/2015-11-12-yemen.md", "Yemen's War", "2015-11-12", "regions: [Yemen]", "topics: [Security]")
                .article("reports/2016-03-01-gulf.md", "The Gulf Order", "2016-03-01", "regions: [Iraq]");
        Path work = Files.createDirectory(dir.resolve("work"));
        builds = new SiteBuilds(new Pipeline.Options(site.content(), site.root().resolve("templates"), "templates", null,
                "http://localhost:8080/", Pipeline.selection(false, false), false, message -> { }, work.resolve(".standfirst-cache")),
                work);
        assertThat(builds.rebuild(List.of()).ok()).isTrue();
    }

    @Test
    void anEditedPageIsServedAtOnceAndTheRebuildWritesTheSameBytes() throws Exception {
        Path root = builds.current().orElseThrow();
        edit(MOSUL, text -> text.replace("Mosul and the Hollow Army", "Mosul Revisited").replace("Body of", "New body of"));

        assertThat(builds.quickLook(List.of(file(MOSUL)))).isTrue();
        SiteBuilds.Served quick = builds.served();
        assertThat(quick.build()).isEqualTo(2);
        assertThat(quick.root()).isEqualTo(root);
        assertThat(quick.quick().keySet()).containsExactlyInAnyOrder(MOSUL_PAGE, "commentary/mosul/mosul.bib",
                "commentary/mosul/mosul.ris");
        String page = new String(quick.quick().get(MOSUL_PAGE), StandardCharsets.UTF_8);
        assertThat(page).contains("Mosul Revisited").contains("New body of");
        // Only the edited piece's own files: the region page still lists the old title until the rebuild.
        assertThat(Files.readString(root.resolve("regions/iraq/index.html"))).contains("Mosul and the Hollow Army");

        BuildOutcome rebuilt = builds.rebuild(List.of(file(MOSUL)));
        assertThat(rebuilt.ok()).isTrue();
        assertThat(builds.served().build()).isEqualTo(3);
        assertThat(builds.served().quick()).isEmpty();
        for (Map.Entry<String, byte[]> file : quick.quick().entrySet()) {
            assertThat(Files.readAllBytes(root.resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(Files.readString(root.resolve("regions/iraq/index.html"))).contains("Mosul Revisited");
    }

    @Test
    void anEditThatMovesThePieceToAnotherRegionIsAssembledAgainAndStillMatchesTheRebuild() throws Exception {
        Path root = builds.current().orElseThrow();
        edit(MOSUL, text -> text.replace("regions: [Iraq]", "regions: [Yemen]"));
        assertThat(builds.quickLook(List.of(file(MOSUL)))).isTrue();
        Map<String, byte[]> quick = builds.served().quick();
        String page = new String(quick.get(MOSUL_PAGE), StandardCharsets.UTF_8);
        assertThat(page).contains("/regions/yemen/").doesNotContain("/regions/iraq/");

        assertThat(builds.rebuild(List.of(file(MOSUL))).ok()).isTrue();
        for (Map.Entry<String, byte[]> file : quick.entrySet()) {
            assertThat(Files.readAllBytes(root.resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void aNewTitleThatMovesThePiecePastOneOfTheSameDayIsAssembledAgain() throws Exception {
        // Pieces of one day go by title: "Aaa" sorts before "Basra", so Mosul's neighbours change.
        site.article("commentary/2014-06-17-basra.md", "Basra Holds", "2014-06-17", "regions: [Iraq]");
        builds.rebuild(List.of(file("content/commentary/2014-06-17-basra.md")));
        Path root = builds.current().orElseThrow();
        edit(MOSUL, text -> text.replace("Mosul and the Hollow Army", "Aaa Mosul"));
        assertThat(builds.quickLook(List.of(file(MOSUL)))).isTrue();
        Map<String, byte[]> quick = builds.served().quick();

        assertThat(builds.rebuild(List.of(file(MOSUL))).ok()).isTrue();
        assertThat(Files.readAllBytes(root.resolve(MOSUL_PAGE))).isEqualTo(quick.get(MOSUL_PAGE));
    }

    @Test
    void underStrictAWarningGetsNoQuickLookSinceTheRebuildWillFail() throws Exception {
        Path work = Files.createDirectory(dir.resolve("strict-work"));
        SiteBuilds strict = new SiteBuilds(new Pipeline.Options(site.content(), site.root().resolve("templates"), "templates",
                null, "http://localhost:8080/", Pipeline.selection(false, false), true, message -> { },
                work.resolve(".standfirst-cache")), work);
        assertThat(strict.rebuild(List.of()).ok()).isTrue();
        edit(MOSUL, text -> text + "\nSee [a missing page](/no/such/page/).\n");
        assertThat(strict.quickLook(List.of(file(MOSUL)))).isFalse();
        assertThat(builds.quickLook(List.of(file(MOSUL)))).as("without --strict, a warning is no reason").isTrue();
    }

    @Test
    void editorsTemporaryFilesThatCameAndWentAreIgnored() throws Exception {
        edit(MOSUL, text -> text.replace("Mosul and the Hollow Army", "Mosul Revisited"));
        assertThat(builds.quickLook(List.of(site.content().resolve("commentary/4913"), file(MOSUL)))).isTrue();
    }

    @Test
    void aTemplateEditGetsNoQuickLook() throws Exception {
        edit(MOSUL, text -> text.replace("Mosul and the Hollow Army", "Mosul Revisited"));
        Path template = site.root().resolve("templates/article.peb");
        Files.writeString(template, Files.readString(template) + "\n");
        assertNoQuickLook(file(MOSUL), template);
    }

    @Test
    void siteSettingsOrAProfileGetNoQuickLook() throws Exception {
        site.file("content/site.yml", "title: Another Institute\n");
        assertNoQuickLook(file("content/site.yml"));
        site.file("content/authors/jane-doe.md", "---\nname: Jane Doe\n---\nBio.\n");
        assertNoQuickLook(file("content/authors/jane-doe.md"));
    }

    @Test
    void aNewOrDeletedPieceGetsNoQuickLook() throws Exception {
        edit(MOSUL, text -> text.replace("Mosul and the Hollow Army", "Mosul Revisited"));
        site.article("commentary/2017-01-01-new.md", "A New Piece", "2017-01-01");
        assertNoQuickLook(file("content/commentary/2017-01-01-new.md"), file(MOSUL));
        site.delete("content/commentary/2017-01-01-new.md").delete("content/commentary/2015-11-12-yemen.md");
        assertNoQuickLook(file("content/commentary/2015-11-12-yemen.md"), file(MOSUL));
    }

    @Test
    void anEditWithAnErrorGetsNoQuickLook() throws Exception {
        edit(MOSUL, text -> text.replace("date: 2014-06-17", "date: 2014-13-45"));
        assertNoQuickLook(file(MOSUL));
    }

    @Test
    void aPieceThatMovesOrIsWithdrawnGetsNoQuickLook() throws Exception {
        edit(MOSUL, text -> text.replace("regions: [Iraq]", "regions: [Iraq]\nslug: mosul-ten-years-on"));
        assertNoQuickLook(file(MOSUL));
        edit(MOSUL, text -> text.replace("slug: mosul-ten-years-on", "draft: true"));
        assertNoQuickLook(file(MOSUL));
    }

    @Test
    void afterAFailedRebuildEditsWaitForTheNextGoodOne() throws Exception {
        edit(MOSUL, text -> text.replace("date: 2014-06-17", "date: 2014-13-45"));
        assertThat(builds.rebuild(List.of(file(MOSUL))).ok()).isFalse();
        assertThat(builds.served().build()).isEqualTo(1);
        // The other file is fine, but the site as last built no longer matches the files: rebuild only.
        edit("content/commentary/2015-11-12-yemen.md", text -> text.replace("Yemen's War", "Yemen Again"));
        assertNoQuickLook(file("content/commentary/2015-11-12-yemen.md"));
    }

    @Test
    void aFailedRebuildAfterAQuickLookServesTheLastGoodBuildAgain() throws Exception {
        edit(MOSUL, text -> text.replace("Mosul and the Hollow Army", "Mosul Revisited"));
        assertThat(builds.quickLook(List.of(file(MOSUL)))).isTrue();
        // Another file breaks before the rebuild runs: the quick look goes, the last good build stays.
        edit("content/commentary/2015-11-12-yemen.md", text -> text.replace("date: 2015-11-12", "date: 2015-13-45"));
        assertThat(builds.rebuild(List.of(file(MOSUL))).ok()).isFalse();
        assertThat(builds.served().build()).isEqualTo(1);
        assertThat(builds.served().quick()).isEmpty();
    }

    private void assertNoQuickLook(Path... changed) {
        SiteBuilds.Served before = builds.served();
        assertThat(builds.quickLook(List.of(changed))).as("quick look for %s", List.of(changed)).isFalse();
        assertThat(builds.served()).isSameAs(before);
    }

    private Path file(String path) {
        return site.root().resolve(path);
    }

    private void edit(String path, java.util.function.UnaryOperator<String> change) throws Exception {
        Path file = file(path);
        Files.writeString(file, change.apply(Files.readString(file)));
    }
}
