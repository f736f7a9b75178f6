package org.standfirst.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;

/** Finding the archive's files, telling them apart, and splitting front matter from body. */
class ContentLoaderTest {
    private static final String ARTICLE = "---\ntitle: A\ndate: 2014-06-17\n---\nThe body.\n";

    @TempDir
    Path dir;
    final Problems problems = new Problems();

    private Path content() {
        return dir.resolve("content");
    }

    private Path write(String path, String text) throws IOException {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(String path, byte[] bytes) throws IOException {
        Path file = content().resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private LoadedContent load() {
        ContentLoader loader = new ContentLoader(content(), problems);
        return loader.load(loader.list());
    }

    private List<String> formatted() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    /** A small archive with one file of every kind, written out of order. */
    private void archive() throws IOException {
        write("static/robots.txt", "User-agent: *\n");
        write("reports/vienna.md", ARTICLE);
        write("commentary/hormuz/index.md", ARTICLE);
        write("commentary/hormuz/map.svg", "<svg/>");
        write("commentary/2014-06-17-mosul.md", ARTICLE);
        write("commentary/2015-01-02-basra.md", ARTICLE);
        write("authors/amira-haddad.md", "---\nname: Amira Haddad\n---\nA bio.\n");
        write("authors/amira.jpg", "jpeg");
        write("regions/iraq.md", "---\nname: Iraq\n---\n");
        write("static/images/map.png", "png");
        write("static/notes.md", "# Not an article\n");
        write("about.md", ARTICLE);
        write("site.yml", "title: T\n");
        write("redirects.csv", "old,new\n");
        write("commentary/site.yml", "not the site's settings\n");
    }

    @Test
    void filesAreToldApartByWhereTheyLie() throws IOException {
        archive();

        LoadedContent loaded = load();

        assertThat(loaded.articles()).extracting(LoadedContent.ArticleFile::path).containsExactly("about.md",
                "commentary/2014-06-17-mosul.md", "commentary/2015-01-02-basra.md", "commentary/hormuz/index.md",
                "reports/vienna.md");
        assertThat(loaded.authors()).extracting(SourceDocument::path).containsExactly("authors/amira-haddad.md");
        assertThat(loaded.regions()).extracting(SourceDocument::path).containsExactly("regions/iraq.md");
        assertThat(loaded.staticFiles()).extracting(LoadedContent.StaticFile::sitePath)
                .containsExactly("images/map.png", "notes.md", "robots.txt");
        assertThat(loaded.siteConfig()).get().satisfies(config -> {
            assertThat(config.path()).isEqualTo("site.yml");
            assertThat(config.frontMatter()).isEqualTo("title: T\n");
        });
        assertThat(loaded.redirects()).get().extracting(SourceDocument::frontMatter).isEqualTo("old,new\n");
        assertThat(loaded.files()).contains("commentary/hormuz/map.svg", "authors/amira.jpg", "commentary/site.yml",
                "static/robots.txt").hasSize(15);
        assertThat(loaded.root()).isEqualTo(content().toAbsolutePath().normalize());
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void theListingIsInPathOrder() throws IOException {
        write("b.md", ARTICLE);
        write("a/z.md", ARTICLE);
        write("a-b/a.md", ARTICLE);
        write("a/b/c.md", ARTICLE);
        write("A.md", ARTICLE);

        ContentLoader.Listing listing = new ContentLoader(content(), problems).list();

        assertThat(listing.exists()).isTrue();
        assertThat(listing.files()).extracting(ContentLoader.Listed::path)
                .containsExactly("A.md", "a-b/a.md", "a/b/c.md", "a/z.md", "b.md");
        assertThat(load().articles()).extracting(LoadedContent.ArticleFile::path)
                .containsExactly("A.md", "a-b/a.md", "a/b/c.md", "a/z.md", "b.md");
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        write("commentary/seen.md", ARTICLE);
        write("commentary/.unsaved.md", ARTICLE);
        write(".DS_Store", "x");
        write(".git/config", "x");
        write("commentary/.drafts/later.md", ARTICLE);
        write("static/.htaccess", "x");
        write("authors/.template.md", "---\nname: X\n---\n");

        LoadedContent loaded = load();

        assertThat(loaded.files()).containsExactly("commentary/seen.md");
        assertThat(loaded.articles()).extracting(LoadedContent.ArticleFile::path).containsExactly("commentary/seen.md");
        assertThat(loaded.staticFiles()).isEmpty();
        assertThat(loaded.authors()).isEmpty();
    }

    @Test
    void aContentFolderInsideAHiddenFolderIsStillRead() throws IOException {
        Path root = dir.resolve(".site/content");
        Files.createDirectories(root.resolve("commentary"));
        Files.writeString(root.resolve("commentary/a.md"), ARTICLE);

        LoadedContent loaded = new ContentLoader(root, problems).load();

        assertThat(loaded.articles()).extracting(LoadedContent.ArticleFile::path).containsExactly("commentary/a.md");
    }

    @Test
    void aMissingContentFolderIsOneProblemWithAHint() {
        Path missing = dir.resolve("no-content");
        ContentLoader loader = new ContentLoader(missing, problems);

        ContentLoader.Listing listing = loader.list();
        LoadedContent loaded = loader.load(listing);

        assertThat(listing.exists()).isFalse();
        assertThat(loaded.articles()).isEmpty();
        assertThat(loaded.files()).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.path()).isEqualTo(missing.toAbsolutePath().normalize().toString());
            assertThat(problem.message()).isEqualTo("the content folder does not exist");
            assertThat(problem.hint()).contains("--content");
        });
    }

    private static byte[] withBadByteOnLine3(String before) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.write(0xFF);
        out.writeBytes("\n---\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void invalidUtf8IsAProblemAtTheLineOfTheFirstBadByte() throws IOException {
        bytes("authors/bad.md", withBadByteOnLine3("---\nname: Amira\nrole: "));
        bytes("site.yml", withBadByteOnLine3("title: T\ntagline: T\n"));

        LoadedContent loaded = load();

        assertThat(loaded.authors()).isEmpty();
        assertThat(loaded.siteConfig()).isEmpty();
        assertThat(formatted()).containsExactly(
                "authors/bad.md:3: the file is not valid UTF-8 — re-save it as UTF-8 (in most editors: Save with Encoding → UTF-8)",
                "site.yml:3: the file is not valid UTF-8 — re-save it as UTF-8 (in most editors: Save with Encoding → UTF-8)");
    }

    @Test
    void articlesAreListedWhenLoadedAndReportedWhenRead() throws IOException {
        Path file = bytes("commentary/bad.md", withBadByteOnLine3("---\ntitle: A\ndate: "));

        LoadedContent loaded = load();

        assertThat(loaded.articles()).extracting(LoadedContent.ArticleFile::path).containsExactly("commentary/bad.md");
        assertThat(problems.sorted()).isEmpty();
        assertThat(new ContentLoader(content(), problems).document(file, "commentary/bad.md")).isEmpty();
        assertThat(formatted()).singleElement().asString().startsWith("commentary/bad.md:3: the file is not valid UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'---\\nname: Iraq\\n'                | regions/iraq.md:1: the front matter opened on line 1 is never closed — add a line with `---` after the last front-matter key",
            "'name: Iraq\\n---\\n'                | regions/iraq.md:1: no front matter: the file must start with a `---` line",
            "'\\n  \\n'                           | regions/iraq.md:1: the file is empty",
    })
    void aDamagedFrontMatterIsAProblemAtItsLine(String text, String expected) throws IOException {
        write("regions/iraq.md", text.replace("\\n", "\n"));

        LoadedContent loaded = load();

        assertThat(loaded.regions()).isEmpty();
        assertThat(formatted()).singleElement().asString().startsWith(expected);
    }

    @Test
    void aProfileIsSplitWithTheLineOfEachPart() throws IOException {
        write("authors/amira-haddad.md", "---\nname: Amira Haddad\nrole: Fellow\n---\nA bio.\n\nMore.\n");

        SourceDocument profile = load().authors().get(0);

        assertThat(profile.frontMatter()).isEqualTo("name: Amira Haddad\nrole: Fellow\n");
        assertThat(profile.frontMatterLine()).isEqualTo(2);
        assertThat(profile.body()).isEqualTo("A bio.\n\nMore.\n");
        assertThat(profile.bodyLine()).isEqualTo(5);
        assertThat(profile.source().line()).isEqualTo(1);
        assertThat(profile.file()).isEqualTo(content().toAbsolutePath().resolve("authors/amira-haddad.md"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'---\\ntitle: A\\n---\\nThe body.\\n'                  | 'The body.\\n'",
            "'\\uFEFF---\\r\\ntitle: A\\r\\n---\\r\\nThe body.\\r\\n' | 'The body.\\n'",
            "'---\\ntitle: A\\n...\\nThe body.\\n'                  | 'The body.\\n'",
            "'---\\ntitle: A\\n---'                                 | ''",
            "'---\\ntitle: A\\n---  \\n\\n---\\nStill body.'        | '\\n---\\nStill body.'",
    })
    void bodyIsTheFileWithoutItsFrontMatter(String text, String expected) throws IOException {
        Path file = write("commentary/a.md", unescape(text));

        assertThat(ContentLoader.body(file)).isEqualTo(unescape(expected));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
    }

    @Test
    void bodyOfAFileThatLostItsFrontMatterIsAnIoException() throws IOException {
        Path file = write("commentary/a.md", "Just text.\n");

        assertThatThrownBy(() -> ContentLoader.body(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("changed while the site was built");
    }

    @Test
    void anArticleFileCarriesTheSizeAndTimeItWasListedWith() throws IOException {
        Path file = write("commentary/a.md", ARTICLE);
        Instant modified = Instant.parse("2020-02-03T04:05:06Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        LoadedContent.ArticleFile article = load().articles().get(0);

        assertThat(article.file()).isEqualTo(content().toAbsolutePath().resolve("commentary/a.md"));
        assertThat(article.size()).isEqualTo(Files.size(file)).isEqualTo(ARTICLE.length());
        assertThat(article.modified()).isEqualTo(modified);
    }

    @Test
    void aSymbolicLinkOutOfTheContentFolderIsNotFollowedAndReportedOnLoad() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.md"), ARTICLE);
        Path inside = write("commentary/real.md", ARTICLE + "More.\n");
        Files.createDirectories(content().resolve("commentary"));
        Files.createSymbolicLink(content().resolve("commentary/escape.md"), outside);
        Files.createSymbolicLink(content().resolve("commentary/alias.md"), inside);
        ContentLoader loader = new ContentLoader(content(), problems);

        ContentLoader.Listing listing = loader.list();
        assertThat(problems.sorted()).as("list() keeps what it found for load()").isEmpty();
        LoadedContent loaded = loader.load(listing);

        assertThat(listing.files()).extracting(ContentLoader.Listed::path).containsExactly("commentary/alias.md", "commentary/real.md");
        assertThat(listing.files().get(0).size()).isEqualTo(Files.size(inside));
        assertThat(loaded.articles()).hasSize(2);
        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("commentary/escape.md");
            assertThat(problem.message()).contains("is not followed");
        });
    }
}
