package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;

/**
 * {@code check} reuses the cache of the last build as a rebuild does, and must report exactly what
 * {@code check --no-cache} reports, whatever changed since that build, while writing nothing at all.
 */
class CheckCacheTest {
    private static final Pattern RENDERED = Pattern.compile("  render .*?(\\d+) of (\\d+) pages rendered");

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).file("content/site.yml", "title: T\nbase_url: https://example.org/\n");
        for (int i = 1; i <= 8; i++) {
            site.file("content/commentary/p" + i + ".md", "---\ntitle: Piece " + i + "\ndate: 2015-01-0" + i
                    + "\nregion: Iraq\ntopics: [Oil]\n---\nSee [piece one](p1.md), [Iraq](/regions/iraq/) and a note[^n].\n\n[^n]: Note " + i + ".\n");
        }
        // A warning the last build reported too: a kept page must report it again.
        site.file("content/commentary/p1.md", "---\ntitle: Piece 1\ndate: 2015-01-01\nregion: Iraq\n---\n"
                + "See [the old page](/nowhere/) and [piece two](p2.md).\n");
        site.file("content/commentary/p4.md", "---\ntitle: Piece 4\ndate: 2015-01-04\nregion: Iraq\n---\n"
                + "As [piece six](p6.md) said.\n");
        age(); // so the article cache keeps them (files saved in the last two seconds are read every time)
    }

    @Test
    void nothingChanged() {
        site.buildOk();
        assertThat(checkMatchesCleanCheck()).isLessThan(pages());
    }

    @Test
    void aTitleEdited() {
        site.buildOk();
        site.file("content/commentary/p5.md", read("content/commentary/p5.md").replace("title: Piece 5", "title: Piece Five"));
        assertThat(checkMatchesCleanCheck()).isLessThan(pages());
    }

    @Test
    void anArticleEditedToLinkNowhere() {
        site.buildOk();
        site.file("content/commentary/p3.md", read("content/commentary/p3.md") + "\nAnd [a lost page](/lost/).\n");
        checkMatchesCleanCheck();
        assertThat(site.run("check").problems()).anySatisfy(line -> assertThat(line)
                .startsWith("commentary/p3.md:11: warning: the link `/lost/` leads to no page of the site"));
    }

    @Test
    void anUnchangedArticleWhoseLinkedPieceWasDeleted() {
        site.buildOk();
        site.delete("content/commentary/p6.md");
        checkMatchesCleanCheck();
        assertThat(site.run("check").problems()).anySatisfy(line -> assertThat(line)
                .startsWith("commentary/p4.md:6: warning: the link `p6.md` names no piece of the archive"));
    }

    @Test
    void aTemplateEditedToFail() {
        site.buildOk();
        site.file("templates/region.peb", read("templates/region.peb").replace("{{ listing.name }}", "{{ listing.nosuch }}"));
        TestSite.Run check = site.run("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.problems()).as(check.err()).anySatisfy(line -> assertThat(line).contains("templates/region.peb:4: Attribute [nosuch]"));
        checkMatchesCleanCheck();
        site.file("templates/article.peb", read("templates/article.peb") + "{% if %}\n");
        checkMatchesCleanCheck();
    }

    @Test
    void strict() {
        site.buildOk();
        site.file("content/commentary/p5.md", read("content/commentary/p5.md").replace("title: Piece 5", "title: Piece Five"));
        assertThat(site.run("check", "--strict").exitCode()).isEqualTo(1);
        checkMatchesCleanCheck("--strict");
    }

    @Test
    void aCheckWritesNothingThoughEveryCacheWouldChange() {
        site.buildOk();
        // A new body, new related pieces (a new topic), an edited article: a build would rewrite every cache.
        site.file("content/commentary/p3.md", "---\ntitle: Piece 3 again\ndate: 2015-01-03\nregion: Iraq\ntopics: [Gas]\n---\n"
                + "A new body with [a lost link](/lost/).\n");
        site.article("commentary/p9.md", "Piece 9", "2015-01-09", "region: Iraq", "topics: [Gas]");
        checkMatchesCleanCheck();
    }

    @Test
    void aCheckWithoutABuildWritesNothing() {
        checkMatchesCleanCheck();
        assertThat(dir.resolve(".standfirst-cache")).doesNotExist();
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aCorruptCacheIsIgnoredAndLeftAsItIs() throws IOException {
        site.buildOk();
        try (Stream<Path> files = Files.walk(dir.resolve(".standfirst-cache"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("build.lock")) Files.write(file, "not a cache".getBytes());
            }
        }
        site.file("content/commentary/p5.md", read("content/commentary/p5.md").replace("title: Piece 5", "title: Piece Five"));
        checkMatchesCleanCheck();
    }

    /**
     * Runs {@code check} with the cache and without it; both must print the same problems, counts and
     * summary, and neither may change a file or folder anywhere in the site's folder. Returns how many
     * pages the check with the cache rendered.
     */
    private int checkMatchesCleanCheck(String... options) {
        Map<String, String> before = everything();
        TestSite.Run clean = site.run("check", with(options, "--no-cache"));
        assertThat(everything()).as("check --no-cache wrote nothing").isEqualTo(before);
        TestSite.Run cached = site.run("check", with(options, "--verbose"));
        assertThat(everything()).as("check wrote nothing").isEqualTo(before);

        assertThat(cached.exitCode()).isEqualTo(clean.exitCode());
        assertThat(withoutStages(cached.err())).isEqualTo(clean.err());
        assertThat(withoutTime(cached.out())).isEqualTo(withoutTime(clean.out()));
        Matcher rendered = RENDERED.matcher(cached.err());
        return rendered.find() ? Integer.parseInt(rendered.group(1)) : 0;
    }

    private static String[] with(String[] options, String option) {
        return Stream.concat(Stream.of(options), Stream.of(option)).toArray(String[]::new);
    }

    private static String withoutStages(String err) {
        return err.lines().filter(line -> !line.startsWith("  ")).map(line -> line + System.lineSeparator())
                .reduce("", String::concat);
    }

    private static String withoutTime(String out) {
        return out.replaceAll("in \\d+\\.\\d+ s", "in … s");
    }

    /** How many pages a clean check of the site counts. */
    private int pages() {
        Matcher matcher = Pattern.compile("and (\\d+) pages").matcher(site.run("check", "--no-cache").out());
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** Every file (by its digest) and folder under the test's folder, with the files' modification times. */
    private Map<String, String> everything() {
        Map<String, String> out = new TreeMap<>();
        Trees.digest(dir).forEach((path, digest) -> out.put(path, digest + " " + modified(dir.resolve(path))));
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isDirectory).forEach(folder -> out.put(dir.relativize(folder) + "/", "folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void age() {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(site.content())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(file, hourAgo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
