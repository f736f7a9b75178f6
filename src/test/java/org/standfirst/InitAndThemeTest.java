package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestSite;

/** `standfirst init` writes an archive that builds at once; `theme export` writes the built-in theme out. */
class InitAndThemeTest {
    @TempDir
    Path dir;

    private TestSite.Run init(String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "init";
        System.arraycopy(extra, 0, args, 1, extra.length);
        return TestSite.Run.of(args);
    }

    private TestSite.Run buildStrict(Path archive) {
        // As `cd DIR && standfirst build --strict`, with the built-in theme (there is no templates/).
        return TestSite.Run.of("build", "--strict", "--content", archive.resolve("content").toString(),
                "--output", archive.resolve("site-output").toString());
    }

    @Test
    void aNewArchiveBuildsStrictlyWithTheBuiltInThemeAndItsLinksResolve() throws Exception {
        Path archive = dir.resolve("my-archive");
        TestSite.Run run = init(archive.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(archive.resolve("templates")).doesNotExist();
        assertThat(archive.resolve("static")).isDirectory();
        assertThat(Files.readString(archive.resolve(".gitignore"))).contains("/site-output/").contains("/.standfirst-cache/");

        TestSite.Run build = buildStrict(archive);
        assertThat(build.exitCode()).as(build.err()).isZero();
        Path output = archive.resolve("site-output");
        assertThat(LinkChecker.brokenLinks(output)).isEmpty();
        var piece = Jsoup.parse(output.resolve("commentary/welcome-to-the-archive/index.html").toFile(), "UTF-8");
        assertThat(piece.select("h1").text()).isEqualTo("Welcome to the archive");
        assertThat(output.resolve("authors/alex-example/index.html")).exists();
        assertThat(output.resolve("regions/example-region/index.html")).exists();
        assertThat(output.resolve("assets/style.css")).hasSameTextualContentAs(TestSite.DEFAULT_THEME.resolve("assets/style.css"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void siteYmlExplainsEveryKeyAndTheWorkflowInstallsAReleasedStandfirst() throws Exception {
        Path archive = dir.resolve("a");
        init(archive.toString());
        String settings = Files.readString(archive.resolve("content/site.yml"));
        for (String key : List.of("title", "tagline", "base_url", "language", "page_size", "permalink", "organisation",
                "newsletter_url", "support_url", "raw_html", "citation_style", "schema_types", "params")) {
            assertThat(settings).as(key).containsPattern("(?m)^#? ?" + key + ":");
        }
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(archive.resolve(".github/workflows/pages.yml")));
        Map<String, Object> env = (Map<String, Object>) workflow.get("env");
        assertThat((String) env.get("STANDFIRST_RELEASES")).startsWith("https://github.com/").endsWith("/releases/download");
        assertThat(Files.readString(archive.resolve(".github/workflows/pages.yml")))
                .contains("standfirst-$STANDFIRST_VERSION.zip").contains("standfirst build --base-url")
                .contains("actions/checkout@v5").contains("actions/setup-java@v5").doesNotContain("{{version}}", "{{repository}}");
    }

    /** Every example in site.yml is a key Standfirst knows, with a value it accepts: uncommented, it builds. */
    @Test
    void siteYmlWithEveryExampleUncommentedStillBuilds() throws Exception {
        Path archive = dir.resolve("a");
        init(archive.toString());
        Path settings = archive.resolve("content/site.yml");
        Files.writeString(settings, Files.readString(settings).replaceAll("(?m)^# ((?:[a-z_]+|  [A-Za-z_]+):(?: .*)?)$", "$1"));
        assertThat(Files.readString(settings)).contains("\nparams:\n  twitter: \"@example\"\n", "\ntagline: ");
        TestSite.Run run = TestSite.Run.of("build", "--content", archive.resolve("content").toString(),
                "--output", archive.resolve("out").toString(), "--strict");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyUnlessForced() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(archive.resolve("notes.txt"), "mine");

        TestSite.Run refused = init(archive.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("busy: not writing a new archive here: the folder is not empty — choose an "
                + "empty or new folder, or add --force");
        assertThat(archive.resolve("content")).doesNotExist();

        assertThat(init(archive.toString(), "--force").exitCode()).isZero();
        assertThat(archive.resolve("content/site.yml")).exists();
        assertThat(archive.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void themeExportWritesTheBuiltInThemeAndRefusesToReplaceFiles() throws Exception {
        Path theme = dir.resolve("templates");
        TestSite.Run run = TestSite.Run.of("theme", "export", theme.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(theme.resolve("partials/summary.peb")).hasSameTextualContentAs(TestSite.DEFAULT_THEME.resolve("partials/summary.peb"));
        assertThat(theme.resolve("assets/style.css")).exists();

        Files.writeString(theme.resolve("base.peb"), "changed");
        TestSite.Run again = TestSite.Run.of("theme", "export", theme.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already there").contains("add --force");
        assertThat(theme.resolve("base.peb")).hasContent("changed");

        assertThat(TestSite.Run.of("theme", "export", theme.toString(), "--force").exitCode()).isZero();
        assertThat(theme.resolve("base.peb")).hasSameTextualContentAs(TestSite.DEFAULT_THEME.resolve("base.peb"));
    }

    @Test
    void aStylesheetOrPartialInTemplatesReplacesTheBuiltInOneAlone() throws Exception {
        Path archive = dir.resolve("a");
        init(archive.toString());
        Files.createDirectories(archive.resolve("templates/assets"));
        Files.writeString(archive.resolve("templates/assets/style.css"), "body { color: teal; }\n");
        Files.createDirectories(archive.resolve("templates/partials"));
        Files.writeString(archive.resolve("templates/partials/institutional.peb"), "<p class=\"ours\">Our own block</p>\n");

        TestSite.Run build = TestSite.Run.of("build", "--strict", "--content", archive.resolve("content").toString(),
                "--templates", archive.resolve("templates").toString(), "--output", archive.resolve("site-output").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        Path output = archive.resolve("site-output");
        assertThat(output.resolve("assets/style.css")).hasContent("body { color: teal; }");
        var piece = Jsoup.parse(output.resolve("commentary/welcome-to-the-archive/index.html").toFile(), "UTF-8");
        assertThat(piece.select("p.ours").text()).isEqualTo("Our own block");
        assertThat(piece.select("h1").text()).isEqualTo("Welcome to the archive"); // the built-in article.peb
    }
}
