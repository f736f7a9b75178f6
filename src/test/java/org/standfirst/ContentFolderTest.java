package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.LinkChecker;
import org.standfirst.support.TestSite;

/**
 * Whatever archive is in the repository's {@code content/}: the sample archive here, a team's own
 * archive in a fork. It must build with {@code --strict} (no warning either), and every link and asset
 * of the site must resolve. The only test that reads {@code content/}: every other test uses the tests'
 * own archive or builds its own sites, so replacing {@code content/} cannot break them.
 */
class ContentFolderTest {
    private static final Path CONTENT = TestSite.REPO.resolve("content");

    @Test
    void buildsStrictlyWithEveryLinkResolving(@TempDir Path dir) {
        Assumptions.assumeTrue(Files.isDirectory(CONTENT), "there is no content/ folder at " + CONTENT + " to build");
        TestSite site = TestSite.in(dir);
        TestSite.Run run = site.build("--content", CONTENT.toString(), "--strict");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.problems()).isEmpty(); // a large archive also prints its progress there
        assertThat(LinkChecker.brokenLinks(site.output())).isEmpty();
        assertThat(LinkChecker.rootRelativeLinks(site.output())).isEmpty();
    }
}
