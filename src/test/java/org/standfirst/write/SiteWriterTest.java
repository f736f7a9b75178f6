package org.standfirst.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staging writer keeps the previous build's files by linking them, and only files of the output. */
class SiteWriterTest {
    @TempDir
    Path dir;
    Path output;

    @BeforeEach
    void previousBuild() throws Exception {
        output = dir.resolve("site-output");
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            assertThat(writer.holdsPrevious()).isFalse();
            writer.page("", "home");
            writer.page("articles/a/", "article a");
            writer.page("articles/a/a.bib", "@article{a}");
            writer.commit();
        }
    }

    private static Object inode(Path file) throws Exception {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void keptFilesAreHardLinksToThePreviousBuildsFiles() throws Exception {
        Object page = inode(output.resolve("articles/a/index.html"));
        Object bib = inode(output.resolve("articles/a/a.bib"));
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            assertThat(writer.holdsPrevious()).isTrue();
            writer.page("", "home, changed");
            Snapshot.keepAsWritten(writer, output, "articles/a/");
            Snapshot.keepAsWritten(writer, output, "articles/a/a.bib");
            writer.commit();
        }
        assertThat(inode(output.resolve("articles/a/index.html"))).isEqualTo(page);
        assertThat(inode(output.resolve("articles/a/a.bib"))).isEqualTo(bib);
        assertThat(Snapshot.contents(output)).isEqualTo(Snapshot.contents(expected(Map.of(
                "", "home, changed", "articles/a/", "article a", "articles/a/a.bib", "@article{a}"))));
    }

    private Path expected(Map<String, String> pages) throws Exception {
        Path other = dir.resolve("expected");
        try (SiteWriter writer = SiteWriter.open(other, List.of())) {
            pages.forEach(writer::page);
            writer.commit();
        }
        return other;
    }

    @Test
    void aFailedBuildThatKeptFilesLeavesTheOutputExactlyAsItWas() throws Exception {
        Map<String, String> before = Snapshot.exact(output);
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            Snapshot.keepAsWritten(writer, output, "articles/a/");
            writer.page("articles/a/a.bib", "changed");
        }
        assertThat(Snapshot.exact(output)).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site-output");
        }
    }

    @Test
    void keepingAFileTheOutputNoLongerHasStopsTheBuild() throws Exception {
        Files.delete(output.resolve("articles/a/a.bib"));
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            assertThatThrownBy(() -> Snapshot.keepAsWritten(writer, output, "articles/a/a.bib"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot keep articles/a/a.bib: the previous build's file is no longer in " + output);
        }
    }

    @Test
    void keepNeverReachesThroughALinkPlacedInTheOutput() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside/a"));
        Files.writeString(outside.resolve("index.html"), "not part of the site");
        SiteWriter.deleteTree(output.resolve("articles"));
        Files.createSymbolicLink(output.resolve("articles"), dir.resolve("outside"));
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            assertThatThrownBy(() -> Snapshot.keepAsWritten(writer, output, "articles/a/")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("(or lies behind a symbolic link)");
            writer.page("", "home");
            writer.page("articles/a/", "not part of the site"); // same bytes: must be written, not linked
            writer.commit();
        }
        assertThat(Files.isSymbolicLink(output.resolve("articles"))).isFalse();
        assertThat(inode(output.resolve("articles/a/index.html"))).isNotEqualTo(inode(outside.resolve("index.html")));
        assertThat(Files.readString(outside.resolve("index.html"))).isEqualTo("not part of the site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "articles/../../escape.html", "/tmp/escape.html", "..", "."})
    void pathsOutsideTheOutputAreRefused(String sitePath) throws Exception {
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            assertThatThrownBy(() -> writer.page(sitePath, "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("refusing to write outside the output folder: " + sitePath);
            assertThatThrownBy(() -> Snapshot.keepAsWritten(writer, output, sitePath)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

}
