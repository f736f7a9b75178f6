package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;
import org.standfirst.write.SiteWriter;

/**
 * A rebuild renders only the pages an edit affects and keeps the rest, and its output is always
 * byte for byte what a clean build of the same content gives.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).file("content/site.yml", "title: T\nbase_url: https://example.org/\npage_size: 3\n")
                .file("content/authors/ann-lee.md", "---\nname: Ann Lee\nrole: Fellow\n---\nAnn writes on *Iraq*.\n")
                .file("content/regions/iraq.md", "---\nname: Iraq\nparent: Middle East\n---\nThe country.\n")
                .file("content/regions/middle-east.md", "---\nname: Middle East\n---\nThe region.\n")
                .file("content/static/files/note.txt", "a static file\n");
        for (int i = 1; i <= 9; i++) {
            String region = i % 2 == 0 ? "Iraq" : "Syria";
            site.file("content/commentary/p" + i + ".md", "---\ntitle: Piece " + i + "\ndate: 2015-01-0" + i
                    + "\nauthor: Ann Lee\nregion: " + region + "\ntopics: [Oil]\n---\nSee [piece one](p1.md), [Iraq](/regions/iraq/)"
                    + " and a note[^n].\n\n[^n]: Note " + i + ".\n");
        }
        site.buildOk();
    }

    /** Rebuilds with the cache, builds the same content clean elsewhere, compares; returns pages rendered. */
    private int rebuildMatchesCleanBuild() {
        TestSite.Run run = site.buildOk();
        try {
            SiteWriter.deleteTree(dir.resolve("clean")); // made from nothing, not updated in place
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestSite.Run clean = site.build("--no-cache", "--output", dir.resolve("clean").toString());
        assertThat(clean.exitCode()).isZero();
        assertThat(Trees.digest(site.output())).isEqualTo(Trees.digest(dir.resolve("clean")));
        assertThat(run.problems()).isEqualTo(clean.problems());
        return run.rendered();
    }

    private int pages() {
        return site.build("--no-cache", "--output", dir.resolve("count").toString()).pages();
    }

    @Test
    void aTitleEditRendersItsPageAndThePagesThatShowIt() {
        site.file("content/commentary/p5.md", "---\ntitle: Piece five, renamed\ndate: 2015-01-05\nauthor: Ann Lee\n"
                + "region: Syria\ntopics: [Oil]\n---\nSee [piece one](p1.md), [Iraq](/regions/iraq/) and a note[^n].\n\n[^n]: Note 5.\n");
        int rendered = rebuildMatchesCleanBuild();
        assertThat(rendered).isGreaterThan(1).isLessThan(pages());
        assertThat(site.page("commentary/p4/").text()).contains("Piece five, renamed"); // its neighbour
    }

    @Test
    void aBodyEditRendersItsOwnPage() {
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\nauthor: Ann Lee\nregion: Iraq\n"
                + "topics: [Oil]\n---\nA rewritten body.\n");
        assertThat(rebuildMatchesCleanBuild()).isLessThan(pages());
        assertThat(site.page("commentary/p2/").text()).contains("A rewritten body.");
    }

    @Test
    void anAddedPieceShiftsListingsAndNeighbours() {
        site.article("commentary/p10.md", "Piece 10", "2015-02-01", "author: Ann Lee", "region: Iraq");
        rebuildMatchesCleanBuild();
        assertThat(site.page("commentary/p9/").text()).contains("Piece 10");
    }

    @Test
    void aDeletedPieceDisappearsAndLinksToItAreReportedAgain() {
        site.delete("content/commentary/p1.md");
        rebuildMatchesCleanBuild();
        assertThat(site.hasPage("commentary/p1/")).isFalse();
        assertThat(site.buildOk().problems()).hasSize(8).allMatch(p -> p.contains("`p1.md` names no piece"));
    }

    @Test
    void anUpdateDateReachesTheSitemapAndTheFeeds() throws Exception {
        site.file("content/commentary/p3.md", "---\ntitle: Piece 3\ndate: 2015-01-03\nupdated: 2016-05-01\nauthor: Ann Lee\n"
                + "region: Syria\ntopics: [Oil]\n---\nSee [piece one](p1.md), [Iraq](/regions/iraq/) and a note[^n].\n\n[^n]: Note 3.\n");
        rebuildMatchesCleanBuild();
        assertThat(Files.readString(site.output().resolve("sitemap.xml"))).contains("<lastmod>2016-05-01</lastmod>");
    }

    @Test
    void profileEditsReachEveryPageThatShowsThem() {
        site.file("content/authors/ann-lee.md", "---\nname: Ann Lee\nrole: Senior Fellow\n---\nAnn writes on *Syria*.\n");
        rebuildMatchesCleanBuild();
        assertThat(site.page("commentary/p3/").text()).contains("Senior Fellow");
        site.file("content/regions/iraq.md", "---\nname: Iraq\n---\nThe country, now at the top.\n");
        rebuildMatchesCleanBuild();
    }

    @Test
    void settingsAndThemeEditsRenderWhatUsesThem() throws Exception {
        site.file("content/site.yml", "title: The Institute\nbase_url: https://example.org/\npage_size: 3\n");
        assertThat(rebuildMatchesCleanBuild()).isEqualTo(pages());

        Path home = dir.resolve("templates/home.peb");
        Files.writeString(home, Files.readString(home).replace("Latest analysis", "Edited home."));
        assertThat(rebuildMatchesCleanBuild()).isLessThan(10);
        assertThat(site.page("").text()).contains("Edited home.");

        Path summary = dir.resolve("templates/partials/summary.peb");
        Files.writeString(summary, Files.readString(summary) + "<!-- edited -->\n");
        int rendered = rebuildMatchesCleanBuild();
        assertThat(rendered).isGreaterThan(10);
    }

    @Test
    void staticFilesAndAssetsAreCopiedAgainOnlyWhenChanged() {
        site.file("content/static/files/note.txt", "a changed static file\n");
        rebuildMatchesCleanBuild();
        site.delete("content/static/files/note.txt");
        rebuildMatchesCleanBuild();
        assertThat(site.output().resolve("files/note.txt")).doesNotExist();
    }

    @Test
    void aTamperedOutputOrACorruptIndexIsRepairedByTheNextBuild() throws Exception {
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\n---\nChanged.\n");
        Files.delete(site.pageFile("commentary/p7/"));
        Files.writeString(site.pageFile("regions/iraq/"), "truncated");
        rebuildMatchesCleanBuild();

        corruptPageIndexes(new byte[] {0, 7, 1});
        site.file("content/commentary/p3.md", "---\ntitle: Piece 3\ndate: 2015-01-03\n---\nChanged.\n");
        assertThat(rebuildMatchesCleanBuild()).isEqualTo(pages()); // nothing to keep without an index
    }

    @Test
    void aBuildWithoutTheCacheLeavesNoIndexThatCouldVouchForItsOutput() {
        String original = "---\ntitle: Piece 2\ndate: 2015-01-02\nauthor: Ann Lee\nregion: Iraq\ntopics: [Oil]\n---\n"
                + "See [piece one](p1.md), [Iraq](/regions/iraq/) and a note[^n].\n\n[^n]: Note 2.\n";
        // Same length, so the pages keep their sizes and only the index could tell them apart.
        site.file("content/commentary/p2.md", original.replace("Note 2.", "Note Z."));
        site.buildOk("--no-cache"); // the output now shows the change; the cache still describes the first build
        site.file("content/commentary/p2.md", original);
        rebuildMatchesCleanBuild();
        assertThat(site.page("commentary/p2/").text()).contains("Note 2.").doesNotContain("Note Z.");
    }

    @Test
    void verboseSaysHowLongEachStageTookAndWhatItReused() {
        site.article("commentary/p10.md", "Piece 10", "2015-02-01", "author: Ann Lee", "region: Iraq");
        TestSite.Run run = site.buildOk("--verbose");
        assertThat(run.err().lines().filter(l -> l.matches("  \\w+ +\\d+\\.\\d\\d s.*")).map(l -> l.strip().split(" +")[0]))
                .containsExactly("check", "load", "validate", "assemble", "render", "search", "write", "record");
        // (Files saved in the last two seconds are always read again, so here the count says 10 of 10.)
        assertThat(run.err()).containsPattern("\\d+ of 10 articles read, the rest unchanged")
                .containsPattern("\\d+ of \\d+ pages rendered");
        TestSite.Run check = site.run("check", "--verbose");
        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).contains("10 of 10 articles read")
                .containsPattern("  render +\\d+\\.\\d\\d s  \\d+ of \\d+ pages rendered, the rest unchanged");
    }

    @Test
    void aFailedBuildKeepsTheIndexOfTheOutputItLeftAlone() {
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\n---\nNo date.\n");
        assertThat(site.build().exitCode()).isEqualTo(1);
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2 again\ndate: 2015-01-02\n---\nBack.\n");
        assertThat(rebuildMatchesCleanBuild()).isLessThan(pages());
    }

    @Test
    void pagesAnEditDoesNotTouchAreNotWrittenAgain() throws Exception {
        site = TestSite.in(dir.resolve("large")).file("content/site.yml", "title: T\nbase_url: https://example.org/\npage_size: 5\n");
        for (int i = 10; i < 40; i++) {
            site.article("commentary/p" + i + ".md", "Piece " + i, "2016-01-" + (i - 9), "author: Author " + i,
                    "region: Region " + (i % 5));
        }
        site.buildOk();
        Path far = site.pageFile("commentary/p12/");
        Object before = Files.getAttribute(far, "unix:ino");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(far);
        site.article("commentary/p25.md", "Piece 25, renamed", "2016-01-16", "author: Author 25", "region: Region 0");

        int rendered = rebuildMatchesCleanBuild();

        // Its page, two neighbours, the five pieces that list it as related, one page of each of the four
        // listings it is on, and the seven index pages (search too), which are rendered every time: 19 of 90.
        assertThat(rendered).isBetween(8, 19);
        assertThat(pages()).isGreaterThan(70);
        assertThat(Files.getAttribute(far, "unix:ino")).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(far)).isEqualTo(written);
        assertThat(site.page("commentary/p26/").text()).contains("Piece 25, renamed");
    }

    /**
     * Without the cache (or after it was discarded, as a new Standfirst discards it) a build into a folder
     * that holds a site renders every page, but writes only the files whose bytes changed: a sync to the
     * host then sends only those.
     */
    @Test
    void aBuildWithoutTheCacheIntoASiteWritesOnlyTheFilesThatChanged() throws Exception {
        Path far = site.pageFile("regions/syria/");
        Object inode = Files.getAttribute(far, "unix:ino");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(far);
        Path edited = site.pageFile("commentary/p4/");
        Object editedInode = Files.getAttribute(edited, "unix:ino");
        site.file("content/commentary/p4.md", Files.readString(site.content().resolve("commentary/p4.md"))
                .replace("title: Piece 4", "title: Piece four"));
        Files.writeString(site.output().resolve("stray.html"), "not made by this build");

        TestSite.Run run = site.buildOk("--no-cache");

        assertThat(run.out()).startsWith("Built ").doesNotContain("rendered");
        assertThat(Files.getAttribute(far, "unix:ino")).as("a page of another region, unchanged").isEqualTo(inode);
        assertThat(Files.getLastModifiedTime(far)).isEqualTo(written);
        assertThat(Files.getAttribute(edited, "unix:ino")).as("the edited page, written again").isNotEqualTo(editedInode);
        assertThat(site.page("commentary/p4/").text()).contains("Piece four");
        assertThat(site.output().resolve("stray.html")).as("what the site no longer names is removed").doesNotExist();
        TestSite.Run clean = site.build("--no-cache", "--output", dir.resolve("from-nothing").toString());
        assertThat(clean.exitCode()).isZero();
        assertThat(Trees.differing(site.output(), dir.resolve("from-nothing"))).isEmpty();
    }

    private void corruptPageIndexes(byte[] bytes) throws Exception {
        List<Path> indexes = org.standfirst.incremental.CacheFiles.pageIndexes(dir.resolve(".standfirst-cache"));
        assertThat(indexes).isNotEmpty();
        for (Path index : indexes) Files.write(index, bytes);
    }

    /**
     * A name's problems depend on the profiles and on other pieces, not on its own file alone: a piece
     * kept from the last build is judged again, so a rebuild reports what a clean build reports.
     */
    @Test
    void aMisspeltAuthorIsAnErrorOnceTheProfileItIsCloseToExistsAndNoLongerOnceFixed() {
        String piece = "---\ntitle: Piece ten\ndate: 2015-01-10\nauthor: Daniel Ashwort\n---\nA guest piece.\n";
        site.file("content/commentary/p10.md", piece).settle();
        rebuildMatchesCleanBuild(); // a guest author far from every known name
        site.settle();
        assertThat(site.buildOk().out()).contains("unchanged"); // p10 is now kept in the cache

        site.file("content/authors/daniel-ashworth.md", "---\nname: Daniel Ashworth\n---\nA fellow.\n");
        String expected = "commentary/p10.md:4: author \"Daniel Ashwort\" has no profile"
                + " — did you mean \"Daniel Ashworth\" (authors/daniel-ashworth.md)?";
        TestSite.Run rebuild = site.build();
        TestSite.Run clean = site.build("--no-cache", "--output", dir.resolve("clean").toString());
        assertThat(rebuild.exitCode()).isEqualTo(1);
        assertThat(rebuild.problems()).containsExactly("authors/daniel-ashworth.md:1: warning: no piece names the author"
                + " `Daniel Ashworth` — name them in a piece's `author:` exactly as `Daniel Ashworth`, or delete the profile", expected)
                .isEqualTo(clean.problems());
        assertThat(site.page("commentary/p10/").text()).contains("Daniel Ashwort"); // the last good output stays

        site.file("content/commentary/p10.md", piece.replace("Ashwort\n", "Ashworth\n"));
        rebuildMatchesCleanBuild();
        assertThat(site.page("authors/daniel-ashworth/").text()).contains("Piece ten");
        assertThat(site.hasPage("authors/daniel-ashwort/")).isFalse();
    }
}
