package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;

/** Nothing already published is lost, nothing outside the output is touched, same input gives same bytes. */
class OutputSafetyTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).file("content/site.yml", "title: T\nbase_url: https://example.org/\npage_size: 5\n");
        for (int i = 1; i <= 12; i++) {
            site.article("commentary/p" + i + ".md", "Piece " + i, "2015-01-" + String.format("%02d", i),
                    "regions: [Iraq]", "author: Ann Bee", "topics: [Oil]");
        }
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-output.")).toList();
        }
    }

    @Test
    void sameInputGivesByteIdenticalTrees() {
        site.buildOk();
        Map<String, String> first = Trees.digest(site.output());
        TestSite.Run second = site.build("--output", dir.resolve("again").toString());
        assertThat(second.exitCode()).isZero();
        assertThat(Trees.digest(dir.resolve("again"))).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(20);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
        site.buildOk();
        Map<String, String> before = Trees.digest(site.output());
        site.file("content/commentary/p3.md", "---\ntitle: Broken\n---\n");
        assertThat(site.build().exitCode()).isEqualTo(1);
        assertThat(Trees.digest(site.output())).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void unchangedFilesKeepTheirTimestampsSoDeploysSendOnlyWhatChanged() throws Exception {
        site.buildOk("--no-cache");
        Path untouched = site.pageFile("commentary/p9/");
        Path edited = site.pageFile("commentary/p2/");
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(untouched, before);
        Files.setLastModifiedTime(edited, before);
        site.file("content/commentary/p2.md", "---\ntitle: Piece 2, revised\ndate: 2015-01-02\nauthor: Ann Bee\n---\nNew.\n")
                .buildOk("--no-cache");
        assertThat(Files.getLastModifiedTime(site.pageFile("commentary/p9/"))).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(site.pageFile("commentary/p2/"))).isNotEqualTo(before);
        assertThat(site.page("commentary/p2/").selectFirst("h1").text()).isEqualTo("Piece 2, revised");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void pagesOfDeletedPiecesDisappear() throws Exception {
        site.buildOk();
        assertThat(site.hasPage("commentary/p7/")).isTrue();
        site.delete("content/commentary/p7.md").buildOk();
        assertThat(site.hasPage("commentary/p7/")).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSite() throws Exception {
        for (int i = 13; i <= 400; i++) {
            site.article("commentary/q" + i + ".md", "More " + i, "2016-01-01", "regions: [Iraq]", "topics: [Oil, T" + (i % 40) + "]");
        }
        site.buildOk();
        Map<String, String> before = Trees.digest(site.output());
        site.file("content/commentary/p1.md", "---\ntitle: Changed\ndate: 2015-01-01\n---\nNew text.\n");
        for (long delay : new long[] {300, 900, 1500}) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.standfirst.cli.Standfirst", "build",
                    "--content", site.content().toString(), "--templates", site.root().resolve("templates").toString(),
                    "--output", site.output().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
            Thread.sleep(delay);
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            // Killed before the commit: the old site; after it: the complete new one. Killed while an
            // in-place update was being applied, the next build first finishes it from its journal (as
            // the build at the end of this test shows), so judge the site as that would leave it.
            if (leftovers().stream().anyMatch(n -> n.startsWith(".site-output.update-"))) {
                org.standfirst.write.SiteUpdater.open(site.output(), List.of()).close();
            }
            Map<String, String> after = Trees.digest(site.output());
            if (!after.equals(before)) {
                assertThat(site.page("commentary/p1/").selectFirst("h1").text()).isEqualTo("Changed");
                assertThat(after.keySet()).isEqualTo(before.keySet());
                before = after;
            }
        }
        site.buildOk();
        assertThat(leftovers()).isEmpty();
        assertThat(site.page("commentary/p1/").selectFirst("h1").text()).isEqualTo("Changed");
    }

    @Test
    void aSiteLeftHalfSwappedIsPutBackByTheNextBuild() throws Exception {
        site.buildOk();
        Map<String, String> before = Trees.digest(site.output());
        Files.move(site.output(), dir.resolve(".site-output.old-killed"));
        Files.createDirectories(dir.resolve(".site-output.staging-killed/half"));
        site.file("content/commentary/p3.md", "---\ntitle: Broken\n---\n");
        assertThat(site.build().exitCode()).isEqualTo(1);
        assertThat(Trees.digest(site.output())).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesOutputFoldersWhoseReplacementWouldDestroySomething() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("precious.txt"), "keep me");
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertRefused(home, "the output folder is your home folder");
        } finally {
            System.setProperty("user.home", realHome);
        }
        assertRefused(site.content(), "the output folder is or holds " + site.content());
        assertRefused(dir, "the output folder is or holds " + site.content());
        assertRefused(site.content().resolve("commentary/out"), "the output folder is inside " + site.content());
        assertRefused(site.root().resolve("templates"), "the output folder is or holds " + site.root().resolve("templates"));
        assertRefused(Path.of("/"), "the output folder is the file-system root");
        assertRefused(Path.of("").toAbsolutePath(), "the output folder holds the current folder");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        assertRefused(project, "the output folder looks like a project (it has .git or pom.xml)");
        assertThat(Files.readString(home.resolve("precious.txt"))).isEqualTo("keep me");
        assertThat(project.resolve("pom.xml")).exists();
        assertThat(site.content().resolve("commentary/p1.md")).exists();
    }

    private void assertRefused(Path output, String reason) {
        TestSite.Run run = site.build("--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("refusing to build here: " + reason + " — choose another folder with --output DIR");
    }

    @Test
    void symbolicLinksOutOfTheContentFolderAreNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.md"), "---\ntitle: Secret\ndate: 2014-01-01\n---\nx\n");
        Files.createSymbolicLink(site.content().resolve("commentary/leak.md"), secret);
        TestSite.Run run = site.buildOk();
        assertThat(run.problems()).singleElement().asString()
                .startsWith("commentary/leak.md: warning: symbolic link to " + secret + " is not followed");
        assertThat(site.hasPage("commentary/leak/")).isFalse();
    }

    @Test
    void checkRendersEverythingButWritesNothing() {
        TestSite.Run run = site.run("check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Checked 12 pieces and ");
        assertThat(site.output()).doesNotExist();
        site.file("content/commentary/p3.md", "---\ntitle: Broken\n---\n");
        TestSite.Run failed = site.run("check");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.problems()).containsExactly(
                "commentary/p3.md:1: `date` is missing — add a line `date: YYYY-MM-DD` (the publication date) to the front matter");
    }

    @Test
    void templatesCannotReachIntoJava() {
        site.file("templates/topics.peb", "{% extends \"base.peb\" %}\n{% block content %}\n{{ page.title.getClass().getName() }}\n{% endblock %}\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.problems()).singleElement().asString().contains("templates/topics.peb:3:")
                .contains("access to public final native java.lang.Class java.lang.Object.getClass() method is denied");
    }
}
