package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Article;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.validate.ArticleMemo;
import org.standfirst.validate.ContentValidator;
import org.standfirst.validate.ValidContent;

/** A validate that reuses cached articles must give exactly what reading every file gives. */
class ValidatedArticlesTest {
    /** Files older than the cache's "just modified" window, as most of an archive is. */
    private static final Instant LAST_WEEK = Instant.now().minus(Duration.ofDays(7));

    @TempDir
    Path dir;
    Path content;
    Path cache;

    /** What one validate gave: its articles, its problems as printed, and how many articles it reused. */
    record Run(List<Article> articles, List<String> problems, int reused) {
    }

    @BeforeEach
    void archive() throws IOException {
        content = dir.resolve("content");
        cache = dir.resolve(".standfirst-cache");
        write("analysis/mosul.md", """
                ---
                title: Mosul
                date: 2014-06-17T09:30:00+03:00
                authors: [Amira Haddad]
                image: map.jpg
                pdf: /files/report.pdf
                params:
                  colour: red
                ---
                The city fell in a day.
                """);
        bytes("analysis/map.jpg", new byte[] {1, 2, 3});
        bytes("static/files/report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        write("commentary/basra.md", """
                ---
                title: Basra
                date: 2015-01-02
                image: /images/port.jpg
                image_alt: The port
                ---
                Oil and water.
                """);
        bytes("static/images/port.jpg", new byte[] {4});
        write("commentary/kirkuk.md", "---\ntitle: Kirkuk\ndate: 2016-03-04\ntopics: [Oil]\n---\nDisputed.\n");
    }

    private void write(String path, String text) throws IOException {
        bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String path, byte[] bytes) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(LAST_WEEK));
    }

    /** What the cache said it discarded. */
    private final List<String> notices = new java.util.ArrayList<>();

    private Run validate(Path cacheFolder) {
        return validate(cacheFolder, "test");
    }

    private Run validate(Path cacheFolder, String code) {
        Problems problems = new Problems();
        ArticleMemo memo = cacheFolder == null ? ArticleMemo.NONE
                : new ValidatedArticles(BuildCache.open(cacheFolder, code, false, notices::add), content, Instant.now());
        ContentValidator validator = new ContentValidator(problems, memo);
        ValidContent valid = validator.validate(new ContentLoader(content, problems).load(), null);
        return new Run(valid.articles(), problems.sorted().stream().map(Problem::format).toList(),
                validator.reusedArticles());
    }

    /** The same archive read afresh, without a cache. */
    private Run clean() {
        return validate(null);
    }

    private void assertSameAsClean(Run run) {
        Run clean = clean();
        // The digest is the cache's own: made for what it keeps, absent without a cache.
        assertThat(run.articles()).map(article -> article.withDigest("")).isEqualTo(clean.articles());
        assertThat(run.problems()).isEqualTo(clean.problems());
    }

    @Test
    void anUnchangedArchiveGivesEqualArticlesAndTheSameWarningsFromTheCache() {
        Run first = validate(cache);
        Run second = validate(cache);

        assertThat(first.reused()).isZero();
        assertThat(second.reused()).isEqualTo(3);
        assertThat(second.articles()).isEqualTo(first.articles());
        assertThat(second.articles()).map(article -> article.withDigest("")).isEqualTo(clean().articles());
        assertThat(second.problems()).isEqualTo(first.problems()).containsExactly(
                "analysis/mosul.md:5: warning: the image has no `image_alt` text — describe the image for readers"
                        + " who cannot see it: `image_alt: …`");
        assertThat(second.articles()).extracting(Article::title).containsExactly("Mosul", "Basra", "Kirkuk");
        assertThat(second.articles().get(0).extras().pdf().bytes()).isEqualTo(8);
        assertThat(second.articles().get(0).extras().params()).containsEntry("colour", "red");
    }

    @Test
    void aFileWithTheSameSizeAndTimeIsTakenAsUnchanged() throws IOException {
        validate(cache);
        write("commentary/kirkuk.md", "---\ntitle: Kirkuq\ndate: 2016-03-04\ntopics: [Oil]\n---\nDisputed.\n");

        Run second = validate(cache);

        // The cache trusts size and modification time, as make and rsync do; this shows it was used.
        assertThat(second.reused()).isEqualTo(3);
        assertThat(second.articles()).extracting(Article::title).contains("Kirkuk");
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        validate(cache);
        write("commentary/kirkuk.md", "---\ntitle: Kirkuk, again\ndate: 2016-03-04\ntopics: [Oil]\nimage_alt: x\n---\nDisputed.\n");
        Files.setLastModifiedTime(content.resolve("commentary/kirkuk.md"), FileTime.from(LAST_WEEK.plusSeconds(60)));

        Run second = validate(cache);

        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.articles()).extracting(Article::title).containsExactly("Mosul", "Basra", "Kirkuk, again");
        assertSameAsClean(second);
        assertThat(second.problems()).anyMatch(p -> p.startsWith("commentary/kirkuk.md:5: warning: `image_alt` is set but there is no `image`"));
        assertThat(validate(cache).reused()).isEqualTo(3);
    }

    @Test
    void aFileSavedJustNowIsReadAgainUntilItHasSettled() throws IOException {
        validate(cache);
        Path kirkuk = content.resolve("commentary/kirkuk.md");
        Files.writeString(kirkuk, "---\ntitle: Kirkuk now\ndate: 2016-03-04\n---\nDisputed.\n");

        assertThat(validate(cache).reused()).isEqualTo(2);
        // Saved again within the same tick of the file system's clock: the same size and time.
        FileTime saved = Files.getLastModifiedTime(kirkuk);
        Files.writeString(kirkuk, "---\ntitle: Kirkuk new\ndate: 2016-03-04\n---\nDisputed.\n");
        Files.setLastModifiedTime(kirkuk, saved);

        Run third = validate(cache);
        assertThat(third.reused()).isEqualTo(2);
        assertThat(third.articles()).extracting(Article::title).contains("Kirkuk new");
    }

    @Test
    void deletingAnImageAnArticleUsesReportsTheErrorAsAFreshReadWould() throws IOException {
        validate(cache);
        Files.delete(content.resolve("analysis/map.jpg"));

        Run second = validate(cache);

        assertThat(second.reused()).isEqualTo(2);
        assertSameAsClean(second);
        assertThat(second.articles().get(0).image()).isNull();
        assertThat(second.problems()).contains("analysis/mosul.md:5: the image `map.jpg` does not exist — put the file"
                + " at content/analysis/map.jpg or correct the name");

        // Not kept while it has an error; put back, it is read again and kept.
        assertThat(validate(cache).reused()).isEqualTo(2);
        bytes("analysis/map.jpg", new byte[] {1, 2, 3});
        assertThat(validate(cache).articles().get(0).image().path()).isEqualTo("map.jpg");
        assertThat(validate(cache).reused()).isEqualTo(3);
    }

    @Test
    void aSiteRootImageThatGoesIsNoticedToo() throws IOException {
        validate(cache);
        Files.delete(content.resolve("static/images/port.jpg"));

        Run second = validate(cache);

        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.problems()).anyMatch(p -> p.startsWith("commentary/basra.md:4: the image `/images/port.jpg` does not exist"));
    }

    @Test
    void aPdfOfAnotherSizeIsMeasuredAgain() throws IOException {
        validate(cache);
        bytes("static/files/report.pdf", "%PDF-1.4 with an appendix".getBytes(StandardCharsets.US_ASCII));

        Run second = validate(cache);

        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.articles().get(0).extras().pdf().bytes()).isEqualTo(25);
    }

    @Test
    void aDeletedArticleLeavesTheCache() throws IOException {
        validate(cache);
        long before = Files.size(cache.resolve(ValidatedArticles.NAME));
        Files.delete(content.resolve("commentary/basra.md"));

        Run second = validate(cache);

        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.articles()).extracting(Article::title).containsExactly("Mosul", "Kirkuk");
        assertThat(Files.size(cache.resolve(ValidatedArticles.NAME))).isLessThan(before);
    }

    @Test
    void anotherStandfirstReadsEveryArticle() {
        validate(cache);
        assertThat(validate(cache, "another Standfirst").reused()).isZero();
        assertThat(notices).singleElement().asString().contains("written by another version of Standfirst");
        assertThat(validate(cache).reused()).isZero();
        assertThat(validate(cache).reused()).isEqualTo(3);
    }

    @Test
    void aMovedContentFolderReadsEveryArticle() throws IOException {
        validate(cache);
        Path moved = dir.resolve("moved");
        Files.move(content, moved);
        content = moved;

        Run run = validate(cache);

        assertThat(run.reused()).isZero();
        assertThat(run.articles()).allMatch(article -> article.file().startsWith(moved));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "garbage", "truncated", "one byte changed", "trailing byte", "a folder"})
    void aDamagedCacheIsIgnoredAndReplaced(String damage) throws IOException {
        validate(cache);
        Path file = cache.resolve(ValidatedArticles.NAME);
        byte[] bytes = Files.readAllBytes(file);
        UnaryOperator<byte[]> change = switch (damage) {
            case "empty" -> b -> new byte[0];
            case "garbage" -> b -> "not a cache at all".getBytes(StandardCharsets.US_ASCII);
            case "truncated" -> b -> Arrays.copyOf(b, b.length / 2);
            case "one byte changed" -> b -> {
                byte[] changed = b.clone();
                changed[b.length / 2] ^= 0x20;
                return changed;
            };
            case "trailing byte" -> b -> Arrays.copyOf(b, b.length + 1);
            default -> null;
        };
        if (change == null) {
            Files.delete(file);
            Files.createDirectories(file.resolve("inside"));
        } else {
            Files.write(file, change.apply(bytes));
        }

        Run second = validate(cache);

        assertThat(second.reused()).isZero();
        assertSameAsClean(second);
        if (change != null) {
            assertThat(notices).as("one line says what was discarded").singleElement().asString().contains("damaged");
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            assertThat(validate(cache).reused()).isEqualTo(3);
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).as("no temporary files are left").allMatch(p -> List.of("articles", BuildCache.MANIFEST).contains(p.getFileName().toString()));
        }
    }

    @Test
    void aCacheFileTooLargeToBeOneIsNotRead() throws IOException {
        Path file = cache.resolve(ValidatedArticles.NAME);
        Files.createDirectories(cache);
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength((1L << 31) + 1); // more than a Java array can hold: reading it whole would throw an Error
        }

        Run run = validate(cache);

        assertThat(run.reused()).isZero();
        assertThat(run.articles()).hasSize(3);
        assertThat(Files.size(file)).isLessThan(100_000);
    }

    @Test
    void anUnchangedArchiveLeavesTheCacheFileAsItWas() throws IOException {
        validate(cache);
        Path file = cache.resolve(ValidatedArticles.NAME);
        FileTime written = FileTime.from(LAST_WEEK);
        Files.setLastModifiedTime(file, written);

        assertThat(validate(cache).reused()).isEqualTo(3);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void withoutACacheFolderNothingIsWritten() throws IOException {
        Run run = clean();
        assertThat(run.reused()).isZero();
        assertThat(run.articles()).hasSize(3);
        assertThat(cache).doesNotExist();
    }
}
