package org.standfirst.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-place writer changes only what changed, ends with the tree a staged build would give,
 * never leaves a half-applied update behind, and never follows a symbolic link out of the output.
 */
class SiteUpdaterTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;
    Path output;
    Path stylesheet;

    @BeforeEach
    void previousBuild() throws Exception {
        output = dir.resolve("site-output");
        stylesheet = Files.writeString(dir.resolve("site.css"), "body { margin: 0 }\n");
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            writer.page("", "home");
            writer.page("articles/a/", "article a");
            writer.page("articles/b/", "article b");
            writer.page("articles/b/b.bib", "@article{b}");
            writer.page("topics/oil/", "oil");
            writer.copy("css/site.css", stylesheet);
            writer.commit();
        }
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(file, LONG_AGO);
        }
    }

    /** What the next build names: home and article a re-rendered (a changed), the rest kept or gone. */
    private void nextBuild(OutputWriter sink) {
        nextBuild(sink, OutputPaths.size(output.resolve("css/site.css")));
    }

    /** The next build, for which the last one wrote {@code css/site.css} with {@code cssSize} bytes. */
    private void nextBuild(OutputWriter sink, long cssSize) {
        sink.page("", "home");
        sink.page("articles/a/", "article a, revised");
        Snapshot.keepAsWritten(sink, output, "topics/oil/");
        sink.page("articles/c/", "article c");
        sink.keep("css/site.css", cssSize);
    }

    private SiteUpdater.Changes update(Consumer<OutputWriter> build) throws Exception {
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            build.accept(updater);
            updater.commit();
            return updater.changes();
        }
    }

    /** The same build staged into a fresh folder beside the output: what an update must end with. */
    private Map<String, String> staged(Consumer<OutputWriter> build) throws Exception {
        Path copy = dir.resolve("staged-copy");
        copyTree(output, copy);
        try (SiteWriter writer = SiteWriter.open(copy, List.of())) {
            build.accept(writer);
            writer.commit();
        }
        Map<String, String> tree = Snapshot.contents(copy);
        SiteWriter.deleteTree(copy);
        return tree;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> entries = Files.walk(from)) {
            for (Path entry : entries.toList()) {
                Path target = to.resolve(from.relativize(entry).toString());
                if (Files.isSymbolicLink(entry)) Files.createSymbolicLink(target, Files.readSymbolicLink(entry));
                else if (Files.isDirectory(entry)) Files.createDirectories(target);
                else Files.copy(entry, target);
            }
        }
    }

    private List<String> besideTheOutput() throws Exception {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-output.")).toList();
        }
    }

    private String entry(String relative) {
        return Snapshot.exact(output).get(relative);
    }

    @Test
    void anUpdateWritesOnlyTheFilesThatChanged() throws Exception {
        Map<String, String> before = Snapshot.exact(output);
        SiteUpdater.Changes changes = update(this::nextBuild);
        assertThat(changes).isEqualTo(new SiteUpdater.Changes(2, 1, 2));
        Map<String, String> after = Snapshot.exact(output);
        for (String untouched : List.of("index.html", "topics/oil/index.html", "css/site.css")) {
            assertThat(after.get(untouched)).as(untouched).isEqualTo(before.get(untouched)).contains(LONG_AGO.toString());
        }
        assertThat(Files.readString(output.resolve("articles/a/index.html"))).isEqualTo("article a, revised");
        assertThat(Files.readString(output.resolve("articles/c/index.html"))).isEqualTo("article c");
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void anOutputWhoseFilesAreKnownIsUpdatedWithoutBeingWalkedToTheSameEnd() throws Exception {
        Map<String, String> expected = staged(this::nextBuild);
        java.util.Set<String> known = java.util.Set.of("", "articles/a/", "articles/b/", "articles/b/b.bib", "topics/oil/",
                "css/site.css");
        try (SiteUpdater updater = SiteUpdater.open(output, List.of(), known)) {
            nextBuild(updater);
            updater.commit();
            assertThat(updater.changes().deleted()).isEqualTo(2);
        }
        assertThat(output.resolve("articles/b")).doesNotExist(); // emptied, so removed
        assertThat(Snapshot.contents(output)).isEqualTo(expected);
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void filesTheNewSiteDoesNotNameAreDeletedAndFoldersLeftEmptyRemoved() throws Exception {
        Files.writeString(output.resolve("articles/stray.txt"), "put here by hand");
        Files.createDirectories(output.resolve("empty/nested"));
        Map<String, String> expected = staged(this::nextBuild);
        update(this::nextBuild);
        assertThat(output.resolve("articles/b")).doesNotExist();
        assertThat(output.resolve("articles/stray.txt")).doesNotExist();
        assertThat(output.resolve("empty")).doesNotExist();
        assertThat(Snapshot.contents(output)).isEqualTo(expected).containsKey("articles/a/index.html");
    }

    @Test
    void aFileMayTakeTheNameOfAFolderAndAFolderTheNameOfAFile() throws Exception {
        Consumer<OutputWriter> build = sink -> {
            sink.page("articles/b", "b is now a file");
            sink.page("css/site.css/", "site.css is now a folder");
            Snapshot.keepAsWritten(sink, output, "articles/a/");
        };
        Map<String, String> expected = staged(build);
        update(build);
        assertThat(Snapshot.contents(output)).isEqualTo(expected)
                .containsKeys("articles/b", "css/site.css/index.html").doesNotContainKey("topics");
    }

    @Test
    void aFailedUpdateLeavesTheOutputExactlyAsItWas() throws Exception {
        Map<String, String> before = Snapshot.exact(output);
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            nextBuild(updater);
            Files.writeString(updater.scratch().resolve("feed-bodies"), "x");
        }
        assertThat(Snapshot.exact(output)).isEqualTo(before);
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void theScratchFolderNeverReachesTheOutput() throws Exception {
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            nextBuild(updater);
            Files.writeString(updater.scratch().resolve("feed-bodies"), "x");
            assertThat(updater.scratch()).startsWith(dir.resolve(besideTheOutput().get(0)));
            updater.commit();
        }
        assertThat(Snapshot.contents(output)).isEqualTo(staged(this::nextBuild));
    }

    /** Opens the output as the next build would, and leaves it without building anything. */
    private void openAgain(String writer) throws Exception {
        if (writer.equals("SiteUpdater")) SiteUpdater.open(output, List.of()).close();
        else SiteWriter.open(output, List.of()).close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SiteUpdater", "SiteWriter"})
    void anUpdateKilledAfterItsJournalIsFinishedByTheNextBuild(String next) throws Exception {
        Files.writeString(output.resolve("articles/stray.txt"), "put here by hand");
        Map<String, String> expected = staged(this::nextBuild);
        SiteUpdater killed = SiteUpdater.open(output, List.of());
        nextBuild(killed);
        killed.decide(); // the journal is complete; the build dies before applying it (never closed)
        assertThat(Files.readString(output.resolve("articles/a/index.html"))).isEqualTo("article a");

        openAgain(next);
        assertThat(Snapshot.contents(output)).isEqualTo(expected);
        assertThat(besideTheOutput()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SiteUpdater", "SiteWriter"})
    void anUpdateKilledWhileApplyingItsJournalIsFinishedByTheNextBuild(String next) throws Exception {
        Map<String, String> expected = staged(this::nextBuild);
        SiteUpdater killed = SiteUpdater.open(output, List.of());
        nextBuild(killed);
        killed.decide();
        // Half applied: one new file moved in, one stale file deleted, the rest not yet.
        Path update = dir.resolve(besideTheOutput().get(0));
        Files.move(update.resolve("files/articles/c/index.html"), Files.createDirectories(output.resolve("articles/c"))
                .resolve("index.html"));
        Files.delete(output.resolve("articles/b/b.bib"));

        openAgain(next);
        assertThat(Snapshot.contents(output)).isEqualTo(expected);
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void applyingAJournalTwiceChangesNothingMore() throws Exception {
        Map<String, String> expected = staged(this::nextBuild);
        SiteUpdater killed = SiteUpdater.open(output, List.of());
        nextBuild(killed);
        UpdateJournal journal = killed.decide();
        Path update = dir.resolve(besideTheOutput().get(0));
        journal.apply(output, update); // applied in full, killed before the update folder was removed
        Map<String, String> applied = Snapshot.exact(output);
        assertThat(Snapshot.contents(output)).isEqualTo(expected);

        SiteUpdater.open(output, List.of()).close();
        assertThat(Snapshot.exact(output)).isEqualTo(applied);
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void anUpdateKilledBeforeItsJournalWasCompleteIsDiscarded() throws Exception {
        Map<String, String> before = Snapshot.exact(output);
        SiteUpdater killed = SiteUpdater.open(output, List.of());
        nextBuild(killed);
        killed.decide();
        Path journal = dir.resolve(besideTheOutput().get(0)).resolve("journal");
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).last().isEqualTo("complete");
        Files.write(journal, lines.subList(0, lines.size() - 1)); // as if cut off while being written

        SiteUpdater.open(output, List.of()).close();
        assertThat(Snapshot.exact(output)).isEqualTo(before);
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void oddFileNamesSurviveTheJournal() throws Exception {
        Files.writeString(output.resolve("articles/line\nbreak \\n.html"), "stale");
        Files.writeString(output.resolve("articles/keep\nme.html"), "kept");
        Consumer<OutputWriter> build = sink -> {
            nextBuild(sink);
            Snapshot.keepAsWritten(sink, output, "articles/keep\nme.html");
        };
        Map<String, String> expected = staged(build);
        SiteUpdater killed = SiteUpdater.open(output, List.of());
        build.accept(killed);
        killed.decide();
        SiteUpdater.open(output, List.of()).close();
        assertThat(Snapshot.contents(output)).isEqualTo(expected).containsKey("articles/keep\nme.html");
    }

    @Test
    void aLinkWhereAFolderShouldBeIsReplacedByAFolderAndWhatItPointsToIsLeftAlone() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside/a"));
        Files.writeString(outside.resolve("index.html"), "article a"); // the very bytes the build writes
        Files.writeString(dir.resolve("outside/passwd"), "root:x:0:0");
        Map<String, String> outsideBefore = Snapshot.exact(dir.resolve("outside"));
        SiteWriter.deleteTree(output.resolve("articles"));
        Files.createSymbolicLink(output.resolve("articles"), dir.resolve("outside"));

        SiteUpdater.Changes changes = update(sink -> {
            sink.page("articles/a/", "article a");
            sink.page("articles/passwd", "a page of the site");
        });
        assertThat(changes.written()).isEqualTo(2);
        assertThat(Files.isSymbolicLink(output.resolve("articles"))).isFalse();
        assertThat(Snapshot.contents(output)).containsOnlyKeys("articles", "articles/a", "articles/a/index.html",
                "articles/passwd");
        assertThat(Files.readString(output.resolve("articles/passwd"))).isEqualTo("a page of the site");
        assertThat(Snapshot.exact(dir.resolve("outside"))).isEqualTo(outsideBefore);
    }

    @Test
    void aLinkWhereAFileShouldBeIsReplacedByTheFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.css"), "body { margin: 0 }\n"); // same bytes
        Files.delete(output.resolve("css/site.css"));
        Files.createSymbolicLink(output.resolve("css/site.css"), secret);
        SiteUpdater.Changes changes = update(sink -> sink.copy("css/site.css", stylesheet));
        assertThat(changes.written()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(output.resolve("css/site.css"))).isFalse();
        assertThat(Files.readString(output.resolve("css/site.css"))).isEqualTo("body { margin: 0 }\n");
        assertThat(Files.readString(secret)).isEqualTo("body { margin: 0 }\n");
    }

    @Test
    void staleLinksAreDeletedAndWhatTheyPointToIsLeftAlone() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside/deep"));
        Files.writeString(outside.resolve("page.html"), "not ours");
        Map<String, String> outsideBefore = Snapshot.exact(dir.resolve("outside"));
        Files.createSymbolicLink(output.resolve("articles/linked-folder"), dir.resolve("outside"));
        Files.createSymbolicLink(output.resolve("articles/linked-file.html"), outside.resolve("page.html"));
        Files.createSymbolicLink(output.resolve("articles/dangling"), dir.resolve("nowhere"));

        update(this::nextBuild);
        assertThat(Snapshot.contents(output)).doesNotContainKeys("articles/linked-folder", "articles/linked-file.html",
                "articles/dangling");
        assertThat(Snapshot.exact(dir.resolve("outside"))).isEqualTo(outsideBefore);
    }

    @Test
    void aKeptFileBehindALinkStopsTheCommitAndChangesNothing() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside/oil"));
        Files.writeString(outside.resolve("index.html"), "oil");
        SiteWriter.deleteTree(output.resolve("topics"));
        Files.createSymbolicLink(output.resolve("topics"), dir.resolve("outside"));
        Map<String, String> before = Snapshot.exact(output);
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            nextBuild(updater);
            assertThatThrownBy(updater::commit).hasMessageStartingWith("1 file(s) kept from the previous build are no longer in "
                    + output + " as it was written (deleted, changed in size, or behind a symbolic link): topics/oil/index.html; nothing was changed");
        }
        assertThat(Snapshot.exact(output)).isEqualTo(before);
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void aKeptFileWhoseSizeChangedStopsTheCommitAndChangesNothing() throws Exception {
        long written = Files.size(output.resolve("css/site.css"));
        Files.writeString(output.resolve("css/site.css"), "edited by hand since");
        Map<String, String> before = Snapshot.exact(output);
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            nextBuild(updater, written);
            assertThatThrownBy(updater::commit).isInstanceOf(SiteUpdater.KeptFilesMissing.class)
                    .hasMessageContaining(": css/site.css; nothing was changed");
            assertThat(Snapshot.exact(output)).isEqualTo(before);
        }
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void aKeptFileThatWasDeletedStopsTheCommitAndChangesNothing() throws Exception {
        long written = Files.size(output.resolve("css/site.css"));
        Files.delete(output.resolve("css/site.css"));
        Map<String, String> before = Snapshot.exact(output);
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            nextBuild(updater, written);
            assertThatThrownBy(updater::commit).hasMessageContaining(": css/site.css; nothing was changed");
            assertThat(Snapshot.exact(output)).isEqualTo(before);
        }
        assertThat(besideTheOutput()).isEmpty();
    }

    @Test
    void aSiteWithAFileInsideAFileIsRefusedBeforeTheOutputIsTouched() throws Exception {
        Map<String, String> before = Snapshot.exact(output);
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            updater.page("articles/a", "a file");
            Snapshot.keepAsWritten(updater, output, "articles/a/");
            assertThatThrownBy(updater::commit).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the site has both a file articles/a and a file articles/a/index.html inside a folder of that name");
        }
        assertThat(Snapshot.exact(output)).isEqualTo(before);
    }

    @Test
    void aFileWrittenTwiceEndsWithTheLastBytesAsInAStagedBuild() throws Exception {
        // Only a failing build (two pages at one address) does this, but the writers must agree.
        Consumer<OutputWriter> build = sink -> {
            sink.page("articles/a/", "written first");
            sink.page("articles/a/", "article a");
            sink.page("articles/b/", "written first");
            sink.page("articles/b/", "written last");
        };
        Map<String, String> expected = staged(build);
        update(build);
        assertThat(Snapshot.contents(output)).isEqualTo(expected);
        assertThat(Files.readString(output.resolve("articles/a/index.html"))).isEqualTo("article a");
        assertThat(Files.readString(output.resolve("articles/b/index.html"))).isEqualTo("written last");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "articles/../../escape.html", "/tmp/escape.html", "..", "."})
    void pathsOutsideTheOutputAreRefused(String sitePath) throws Exception {
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            assertThatThrownBy(() -> updater.page(sitePath, "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("refusing to write outside the output folder: " + sitePath);
            assertThatThrownBy(() -> updater.copy(sitePath, stylesheet)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Snapshot.keepAsWritten(updater, output, sitePath)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @Test
    void refusesTheSameOutputFoldersAsTheStagingWriter() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        assertThatThrownBy(() -> SiteUpdater.open(content, List.of(content))).isInstanceOf(UnsafeOutput.class)
                .hasMessage("the output folder is or holds " + content);
        assertThatThrownBy(() -> SiteUpdater.open(dir, List.of(content))).isInstanceOf(UnsafeOutput.class);
    }

    @Test
    void anUpdateOfNoOutputMakesIt() throws Exception {
        SiteWriter.deleteTree(output);
        Map<String, String> pages = new LinkedHashMap<>(Map.of("", "home", "articles/a/", "a"));
        try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
            pages.forEach(updater::page);
            updater.commit();
            assertThat(updater.changes()).isEqualTo(new SiteUpdater.Changes(2, 0, 0));
        }
        assertThat(Snapshot.contents(output)).containsOnlyKeys("index.html", "articles", "articles/a", "articles/a/index.html");
    }

}
