package org.standfirst.importer.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.importer.ImportFiles;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestSite;

/**
 * WordPress's theme unit test data (a real export, kept outside the repository in ../shared/fixtures):
 * imported, then built. The expected counts are those of the fixture's README.
 */
class ImportWxrFixtureTest {
    static final Path FIXTURE = TestSite.REPO.resolve("../shared/fixtures/wxr/themeunittestdata.wordpress.xml").normalize();
    /** `[caption id=…]`, `[gallery]`; not the link `[caption](https://…)` that one fixture caption contains. */
    private static final Pattern SHORTCODE_LEFT = Pattern.compile("\\[(caption|gallery)(\\s|\\](?!\\())");
    private static final Pattern POST_ID = Pattern.compile("\"/\\?p=(\\d+)\"");

    @TempDir
    static Path dir;
    static TestSite.Run defaultRun;
    static TestSite.Run fullRun;
    static Path published;
    static Path everything;
    static final Map<Long, WxrItem> items = new HashMap<>();
    static WxrChannel channel;

    @BeforeAll
    static void importTwice() throws Exception {
        if (!Files.isRegularFile(FIXTURE)) return; // each test reports the skip: see requireFixture
        published = dir.resolve("published/content");
        everything = dir.resolve("everything/content");
        defaultRun = TestSite.Run.of("import", "wxr", FIXTURE.toString(), "--into", published.toString());
        fullRun = TestSite.Run.of("import", "wxr", FIXTURE.toString(), "--into", everything.toString(), "--pages", "--drafts");
        channel = WxrReader.read(FIXTURE, item -> items.put(item.id(), item));
    }

    /**
     * Skipped test by test, with the reason: an abort in {@code @BeforeAll} would make the class vanish
     * from the report ({@code Tests run: 0}) instead of showing as skipped.
     */
    @BeforeEach
    void requireFixture() {
        Assumptions.assumeTrue(Files.isRegularFile(FIXTURE), "the WordPress fixture is not at " + FIXTURE
                + " (a sibling folder of the repository, shared/fixtures/wxr/, which a clone does not have)");
    }

    @Test
    void publishedPostsOnlyByDefaultWithTwoAuthorProfiles() {
        assertThat(defaultRun.exitCode()).as(defaultRun.err()).isZero();
        Map<String, String> pieces = ImportFiles.pieces(published);
        assertThat(pieces).hasSize(56);
        // Only the password-protected post is held back, so that it does not go public by accident.
        assertThat(pieces.entrySet().stream().filter(e -> e.getValue().contains("\ndraft: true\n")).map(Map.Entry::getKey))
                .containsExactly("article/2012-01-04-template-password-protected/index.md");
        assertThat(ImportFiles.tree(published).keySet().stream().filter(f -> f.startsWith("authors/")))
                .containsExactly("authors/theme-buster.md", "authors/theme-reviewer.md");
        assertThat(defaultRun.out()).startsWith("Imported 56 pieces and 2 author profiles into ");
    }

    @Test
    void pagesAndDraftsOnlyWhenAsked() {
        assertThat(fullRun.exitCode()).as(fullRun.err()).isZero();
        Map<String, String> pieces = ImportFiles.pieces(everything);
        assertThat(pieces.keySet().stream().filter(p -> p.startsWith("page/"))).hasSize(21);
        assertThat(pieces.keySet().stream().filter(p -> p.startsWith("article/"))).hasSize(58);
        List<String> drafts = pieces.entrySet().stream().filter(e -> e.getValue().contains("\ndraft: true\n"))
                .map(Map.Entry::getKey).toList();
        // The draft, the scheduled post, and a password-protected post that must not go public by accident.
        assertThat(drafts).contains("article/2013-04-09-draft/index.md", "article/2030-01-01-scheduled/index.md");
        assertThat(pieces.get("article/2030-01-01-scheduled/index.md")).contains("date: 2030-01-01T");
    }

    @Test
    void noShortcodeOrEscapedBracketIsLeftAndEveryPieceHasItsOldLinkAsAlias() {
        Map<String, String> pieces = ImportFiles.pieces(everything);
        pieces.forEach((path, text) -> {
            assertThat(SHORTCODE_LEFT.matcher(text).find()).as(path + " still has a [caption] or [gallery]").isFalse();
            assertThat(text).as(path).doesNotContain("\\[");
            long id = postId(text);
            String oldPath = OldUrls.path(items.get(id).link());
            assertThat(text).as(path).contains("aliases:\n", "  - \"" + oldPath + "\"\n");
        });
    }

    @Test
    void everyCategoryAndTagIsAccountedForInTheReport() throws IOException {
        String report = Files.readString(published.resolve(".import-report.md"));
        List<WxrTerm> declared = channel.terms().stream()
                .filter(t -> t.taxonomy().equals("category") || t.taxonomy().equals("post_tag")).distinct().toList();
        assertThat(declared).hasSize(68 + 110);
        for (WxrTerm term : declared) {
            assertThat(report).contains("| " + term.taxonomy() + " | " + term.slug().replace("|", "\\|") + " | ");
        }
    }

    @Test
    void theSameExportGivesTheSameFilesByteForByte() {
        Path again = dir.resolve("again/content");
        TestSite.Run run = TestSite.Run.of("import", "wxr", FIXTURE.toString(), "--into", again.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(ImportFiles.tree(again)).isEqualTo(ImportFiles.tree(published));
    }

    @Test
    void importingAgainWithoutForceChangesNothing() {
        Map<String, String> before = ImportFiles.tree(published);
        TestSite.Run run = TestSite.Run.of("import", "wxr", FIXTURE.toString(), "--into", published.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already exists — move it away, or run again with --force");
        assertThat(ImportFiles.tree(published)).isEqualTo(before);
    }

    @Test
    void theImportedArchiveBuildsWithoutErrorsOrBrokenLinksAndKeepsQuotesAndTables() throws IOException {
        TestSite site = TestSite.in(everything.getParent());
        TestSite.Run build = site.buildOk("--drafts", "--future");
        List<String> errors = new ArrayList<>();
        for (String line : build.problems()) if (!line.contains("warning:")) errors.add(line);
        assertThat(errors).isEmpty();
        assertThat(build.err()).doesNotContain("unknown key `aliases`");
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
        // Every old address answers: a redirect page where a static file can, a host rule for ?p=ID.
        String hostRedirects = java.nio.file.Files.readString(site.output().resolve("_redirects"));
        for (String piece : ImportFiles.pieces(everything).values()) {
            for (String alias : piece.replaceAll("(?s).*\naliases:\n((?:  - [^\n]*\n)*).*", "$1").lines()
                    .map(l -> l.replaceAll("^  - \"?|\"$", "")).toList()) {
                // "/x" and "/x/" are one address to a host, so one rule serves both.
                String rule = alias.contains("?") ? alias.substring(alias.indexOf('?') + 1) : alias.replaceAll("(.)/$", "$1");
                assertThat(hostRedirects).as(alias).contains(rule);
            }
        }

        int quotes = 0;
        int tables = 0;
        for (Map.Entry<String, String> piece : ImportFiles.pieces(everything).entrySet()) {
            WxrItem item = items.get(postId(piece.getValue()));
            String slug = piece.getValue().replaceAll("(?s).*\nslug: \"([^\"]+)\".*", "$1");
            String folder = piece.getKey().substring(0, piece.getKey().indexOf('/'));
            var page = site.page(folder + "/" + slug + "/");
            if (item.content().contains("<blockquote")) {
                quotes++;
                assertThat(page.select("article blockquote, main blockquote")).as(piece.getKey()).isNotEmpty();
            }
            if (item.content().contains("<table")) {
                tables++;
                assertThat(page.select("main table td")).as(piece.getKey()).isNotEmpty();
            }
        }
        assertThat(quotes).isPositive();
        assertThat(tables).isPositive();
    }

    private static long postId(String text) {
        // The item's own `/?p=ID` is its last alias; a guid may carry an older one.
        Matcher m = POST_ID.matcher(text);
        long id = -1;
        while (m.find()) id = Long.parseLong(m.group(1));
        assertThat(id).as("an alias /?p=ID in\n" + text).isPositive();
        return id;
    }
}
