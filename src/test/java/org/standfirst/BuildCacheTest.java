package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;

/** The body cache makes rebuilds cheaper and must never make their output differ from a clean build. */
class BuildCacheTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).file("content/site.yml", "title: T\nbase_url: https://example.org/\n");
        for (int i = 1; i <= 8; i++) {
            site.file("content/commentary/p" + i + ".md", "---\ntitle: Piece " + i + "\ndate: 2015-01-0" + i
                    + "\nregion: Iraq\n---\nSee [piece one](p1.md), [Iraq](/regions/iraq/) and a note[^n].\n\n[^n]: Note " + i + ".\n");
        }
    }

    private Path cache() {
        return dir.resolve(".standfirst-cache");
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.walk(cache().resolve("bodies"))) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("[0-9a-f]{32}")).toList();
        }
    }

    /** Builds the same content with the cache and without it, and compares the two trees. */
    private void assertCachedBuildMatchesCleanBuild() {
        site.buildOk();
        TestSite.Run clean = site.build("--no-cache", "--output", dir.resolve("clean").toString());
        assertThat(clean.exitCode()).isZero();
        assertThat(Trees.digest(site.output())).isEqualTo(Trees.digest(dir.resolve("clean")));
    }

    @Test
    void aRebuildFromTheCacheIsByteIdenticalToACleanBuild() throws Exception {
        site.buildOk();
        assertThat(entries()).hasSize(8);
        assertCachedBuildMatchesCleanBuild();

        site.file("content/commentary/p3.md", "---\ntitle: Piece 3\ndate: 2015-01-03\n---\nRewritten *body*.\n");
        assertCachedBuildMatchesCleanBuild();
        assertThat(entries()).hasSize(8);
    }

    private List<Path> feedBodies() throws Exception {
        try (Stream<Path> files = Files.walk(cache().resolve("bodies"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".feed")).toList();
        }
    }

    @Test
    void feedBodiesOfKeptPiecesAreKeptForTheirBaseUrlAndBodyOnly() throws Exception {
        site.buildOk();
        assertThat(feedBodies()).as("a clean build stores none").isEmpty();
        // A title edit renders the feeds again, with most pieces' pages (and bodies) kept: those bodies'
        // feed forms are stored.
        site.file("content/commentary/p3.md", "---\ntitle: Piece Three\ndate: 2015-01-03\nregion: Iraq\n---\nSee [piece one](p1.md).\n");
        assertCachedBuildMatchesCleanBuild();
        assertThat(feedBodies()).isNotEmpty();

        // The next edit takes them as stored (marked here to see it); a corrupt or torn one is made again.
        for (Path feed : feedBodies()) mark(feed, "<p>stored</p>");
        Files.writeString(feedBodies().get(0), "garbage");
        Files.write(feedBodies().get(1), java.util.Arrays.copyOf(Files.readAllBytes(feedBodies().get(1)), 20)); // torn
        site.file("content/commentary/p3.md", "---\ntitle: Piece 3 Again\ndate: 2015-01-03\nregion: Iraq\n---\nSee [piece one](p1.md).\n");
        site.buildOk();
        assertThat(Files.readString(site.output().resolve("feed.xml"))).contains("&lt;p&gt;stored&lt;/p&gt;");
        for (Path feed : feedBodies()) Files.delete(feed);
        site.file("content/commentary/p3.md", "---\ntitle: Piece 3, Third Go\ndate: 2015-01-03\nregion: Iraq\n---\nSee [piece one](p1.md).\n");
        assertCachedBuildMatchesCleanBuild();

        // Another base URL: the feeds' absolute links follow it.
        site.file("content/site.yml", "title: T\nbase_url: https://think.example/\n");
        site.file("content/commentary/p3.md", "---\ntitle: Piece 3, Moved\ndate: 2015-01-03\nregion: Iraq\n---\nSee [piece one](p1.md).\n");
        assertCachedBuildMatchesCleanBuild();
        assertThat(Files.readString(site.output().resolve("feed.xml"))).contains("https://think.example/commentary/p1/")
                .doesNotContain("https://example.org/");

        // Pruned with their bodies: none outlives its entry.
        List<Path> before = feedBodies();
        site.delete("content/commentary/p8.md");
        site.buildOk();
        assertThat(entries()).hasSize(7);
        assertThat(feedBodies()).isNotEmpty().allMatch(feed ->
                Files.isRegularFile(feed.resolveSibling(feed.getFileName().toString().replace(".feed", ""))));
        assertThat(before.stream().filter(feed -> !Files.exists(feed.resolveSibling(
                feed.getFileName().toString().replace(".feed", ""))))).allMatch(feed -> !Files.exists(feed));
    }

    /** Adds {@code text} to a stored feed body, keeping the file whole. */
    private static void mark(Path feed, String text) throws Exception {
        org.standfirst.incremental.CacheFiles.markFeedBody(feed, text);
    }

    @Test
    void entriesOfDeletedPiecesArePrunedWithoutSearchingTheCache() throws Exception {
        site.buildOk();
        assertThat(cache().resolve("bodies/used")).exists();
        site.delete("content/commentary/p8.md");
        site.buildOk();
        assertThat(entries()).hasSize(7);
        assertThat(Files.readAllLines(cache().resolve("bodies/used"))).hasSize(7);
    }

    @Test
    void aPieceWhoseLinksNowResolveDifferentlyIsRenderedAgain() {
        site.buildOk();
        site.delete("content/commentary/p1.md");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.problems()).hasSize(7).allMatch(p -> p.contains("the link `p1.md` names no piece of the archive"));
        assertThat(site.page("commentary/p2/").select(".article-body a").first().attr("href")).isEqualTo("p1.md");
        assertCachedBuildMatchesCleanBuild();
    }

    @Test
    void linkProblemsAreReportedAgainWhenBodiesComeFromTheCache() {
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\n---\n[gone](/nowhere/)\n");
        TestSite.Run first = site.build();
        TestSite.Run second = site.build();
        assertThat(first.problems()).singleElement().asString().contains("the link `/nowhere/` leads to no page");
        assertThat(second.problems()).isEqualTo(first.problems());
    }

    @Test
    void aCorruptCacheIsDiscardedAndTheBuildStaysCorrect() throws Exception {
        site.buildOk();
        for (Path entry : entries()) Files.write(entry, new byte[] {1, 2, 3, 4});
        Files.write(cache().resolve("last-build"), new byte[] {9, 9, 9});
        corruptPageIndexes(new byte[] {9}); // else pages are kept and their bodies never read
        Files.writeString(Files.createDirectories(cache().resolve("bodies/ab")).resolve("not-an-entry"), "x");
        assertCachedBuildMatchesCleanBuild();
        assertThat(entries()).hasSize(8).allMatch(p -> {
            try {
                return Files.size(p) > 4;
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void aBuildWithNothingChangedStopsAtOnceAndReportsTheSameProblems() throws Exception {
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\nimage_alt: x\n---\nBody.\n").settle();
        TestSite.Run first = site.buildOk();
        assertThat(first.out()).startsWith("Built ");
        TestSite.Run second = site.buildOk();
        assertThat(second.out()).startsWith(site.output() + " is up to date: nothing has changed since the last build (");
        assertThat(second.problems()).isEqualTo(first.problems()).hasSize(1);

        Files.delete(site.pageFile("commentary/p5/"));
        assertThat(site.buildOk().out()).startsWith("Built ");
        assertThat(site.hasPage("commentary/p5/")).isTrue();

        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\n---\nBody.\n");
        assertThat(site.buildOk().out()).startsWith("Built ");
        assertThat(site.buildOk("--drafts").out()).startsWith("Built ");
    }

    /** The check that nothing changed looks at the size of every file of the output, not only whether it is there. */
    @Test
    void aFileOfTheOutputChangedByHandIsAChange() throws Exception {
        site.settle().buildOk();
        Path page = site.pageFile("commentary/p5/");
        Files.writeString(page, Files.readString(page) + "<!-- edited by hand -->");
        assertThat(site.buildOk().out()).as("a file of another size").startsWith("Built ");
        assertThat(Files.readString(page)).doesNotContain("edited by hand");
        assertThat(site.buildOk().out()).contains("is up to date");
    }

    @Test
    void aFileSavedAgainInTheSameTickAtTheSameSizeIsBuiltAgain() throws Exception {
        Path p2 = dir.resolve("content/commentary/p2.md");
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\n---\nBody A.\n");
        java.nio.file.attribute.FileTime saved = Files.getLastModifiedTime(p2);
        site.buildOk();
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2\ndate: 2015-01-02\n---\nBody B.\n");
        Files.setLastModifiedTime(p2, saved); // a coarse file system gives the second save the same time

        assertThat(site.buildOk().out()).startsWith("Built ");
        assertThat(site.page("commentary/p2/").text()).contains("Body B.");
        // Its bytes are recorded, so the build after is up to date though its time is still as recent.
        assertThat(site.buildOk().out()).contains("is up to date");
    }

    @Test
    void aFileTouchedAfterABuildWithItsBytesUnchangedLeavesTheBuildUpToDate() throws Exception {
        Path p2 = dir.resolve("content/commentary/p2.md");
        Path base = dir.resolve("templates/base.peb");
        site.settle().buildOk();
        touch(p2, 1);
        touch(base, 1);
        assertThat(site.buildOk().out()).contains("is up to date");
        assertThat(site.buildOk().out()).as("recorded under its new time").contains("is up to date");

        touch(p2, 2);
        assertThat(site.buildOk("--drafts").out()).as("other settings").startsWith("Built ");
        touch(p2, 3);
        String text = Files.readString(p2);
        Files.writeString(p2, text.replace("Piece 2", "Piece X")); // the same size, other bytes
        touch(p2, 4);
        assertThat(site.buildOk("--drafts").out()).startsWith("Built ");
        assertThat(site.page("commentary/p2/").title()).contains("Piece X");
    }

    @Test
    void aFileSavedDuringABuildIsReadAgainThoughItsBytesAreUnchanged() throws Exception {
        Path p2 = dir.resolve("content/commentary/p2.md");
        site.settle();
        java.time.Instant started = java.time.Instant.now();
        site.buildOk();
        // Saved while the build ran, so perhaps with other bytes in between, which that build may have read.
        Files.setLastModifiedTime(p2, java.nio.file.attribute.FileTime.from(started));
        assertThat(site.buildOk().out()).startsWith("Built ");
        assertThat(site.buildOk().out()).contains("is up to date");
    }

    @Test
    void aFileAddedOrDeletedIsAChangeWhateverTheTimes() throws Exception {
        site.settle().buildOk();
        site.file("content/static/notes.txt", "notes");
        assertThat(site.buildOk().out()).startsWith("Built ");
        Files.delete(dir.resolve("content/static/notes.txt"));
        touch(dir.resolve("content/commentary/p2.md"), 1);
        assertThat(site.buildOk().out()).startsWith("Built ");
        assertThat(site.output().resolve("notes.txt")).doesNotExist();
    }

    /** Sets a file's time {@code seconds} after now, as a later save would. */
    private static void touch(Path file, int seconds) throws java.io.IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(seconds)));
    }

    @Test
    void whatAFileLinkLeadsToCountsAndHiddenFilesDoNot() throws Exception {
        site.file("content/static/data/2014.csv", "year,value\n2014,1\n");
        Files.createSymbolicLink(dir.resolve("content/static/latest.csv"), Path.of("data/2014.csv"));
        site.settle().buildOk();
        site.file("content/.editor-notes.txt", "not part of the site");
        assertThat(site.buildOk().out()).contains("is up to date");

        site.file("content/static/data/2014.csv", "year,value\n2014,2\n2015,3\n"); // only the target changes
        assertThat(site.buildOk().out()).startsWith("Built ");
        assertThat(site.output().resolve("latest.csv")).hasContent("year,value\n2014,2\n2015,3");
    }

    @Test
    void aBuildThatHeldBackFuturePiecesIsNeverUpToDate() {
        site.article("commentary/later.md", "Later", "2999-01-01");
        site.buildOk();
        assertThat(site.buildOk().out()).startsWith("Built ");
    }

    @Test
    void noCacheBuildsLeaveNoCacheButTheLockThatKeepsBuildsApart() throws Exception {
        site.buildOk("--no-cache");
        try (Stream<Path> files = Files.walk(cache())) {
            assertThat(files.filter(Files::isRegularFile).map(f -> cache().relativize(f).toString())).containsExactly("build.lock");
        }
    }

    private void corruptPageIndexes(byte[] bytes) throws Exception {
        List<Path> indexes = org.standfirst.incremental.CacheFiles.pageIndexes(dir.resolve(".standfirst-cache"));
        assertThat(indexes).isNotEmpty();
        for (Path index : indexes) Files.write(index, bytes);
    }
}
