package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standfirst.serve.BuildOutcome;
import org.standfirst.serve.PreviewServer;
import org.standfirst.support.LockHolder;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;
import org.standfirst.write.OutputLock;

/**
 * Builds into one output folder take turns: a build that finds another one writing there fails at
 * once with one line and status 4 and touches nothing, and the lock dies with the build that held it.
 */
class ConcurrentBuildsTest {
    @TempDir
    Path dir;
    TestSite site;

    /** A site built once, then edited: the next build has something to write. */
    @BeforeEach
    void builtAndEdited() {
        site = TestSite.in(dir).file("content/site.yml", "title: T\nbase_url: https://example.org/\n");
        for (int i = 1; i <= 4; i++) site.article("commentary/p" + i + ".md", "Piece " + i, "2015-01-0" + i, "regions: [Iraq]");
        site.buildOk();
        site.article("commentary/p1.md", "Piece 1, revised", "2015-01-01", "regions: [Iraq]");
    }

    /** Builds with and without the cache while someone else holds the lock: none may write. */
    private void buildsAreTurnedAway() throws Exception {
        Map<String, String> before = Trees.digest(site.output());
        for (String[] extra : List.of(new String[0], new String[] {"--no-cache"})) {
            TestSite.Run run = site.build(extra);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
            assertThat(run.err().lines()).containsExactly("standfirst: another build is writing " + site.output()
                    + " right now — wait for it to finish (or stop it), then build again");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Trees.digest(site.output())).isEqualTo(before);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "templates", "site-output", ".standfirst-cache");
        }
    }

    private void theEditIsBuilt() {
        site.buildOk();
        assertThat(site.page("commentary/p1/").selectFirst("h1").text()).isEqualTo("Piece 1, revised");
    }

    @ParameterizedTest(name = "then the build holding the lock {0}")
    @ValueSource(strings = {"ends", "is killed"})
    void aBuildWhileAnotherProcessBuildsFailsAtOnceAndTheNextSucceeds(String end) throws Exception {
        Process holder = LockHolder.hold(site.output());
        try {
            buildsAreTurnedAway();
        } finally {
            if (end.equals("ends")) holder.getOutputStream().close();
            else holder.destroyForcibly(); // SIGKILL: nothing of the holder runs, the lock file stays
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(holder.exitValue() == 0).isEqualTo(end.equals("ends"));
        assertThat(LockHolder.lockFile(site.output())).exists();
        theEditIsBuilt();
    }

    @Test
    void aBuildWhileThisProcessHoldsTheLockFailsTheSameWay() throws Exception {
        OutputLock otherBuild = OutputLock.take(dir.resolve(".standfirst-cache"), site.output());
        try (otherBuild) {
            buildsAreTurnedAway();
            // Closing a second channel on the file would have dropped the lock for every process.
            assertThat(LockHolder.heldForOthers(site.output())).isTrue();
        }
        // Held through some other channel of this process: tryLock's OverlappingFileLockException.
        try (FileChannel channel = FileChannel.open(LockHolder.lockFile(site.output()), StandardOpenOption.WRITE)) {
            channel.lock();
            buildsAreTurnedAway();
        }
        theEditIsBuilt();
    }

    @Test
    void neitherCheckNorThePreviewWaitsForABuild() throws Exception {
        List<BuildOutcome> previews = new CopyOnWriteArrayList<>();
        PreviewServer.Settings settings = new PreviewServer.Settings(site.content(), site.root().resolve("templates"),
                "templates", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, false, false,
                Duration.ofMillis(40));
        OutputLock build = OutputLock.take(dir.resolve(".standfirst-cache"), site.output());
        PreviewServer preview = PreviewServer.start(settings, previews::add);
        try (preview) {
            try (build) {
                assertThat(site.run("check").exitCode()).isZero();
                assertThat(previews).singleElement().satisfies(first -> assertThat(first.ok()).as(first.lines().toString()).isTrue());
            }
            // The preview builds into a private folder under a lock of its own, so a build can run beside it.
            theEditIsBuilt();
        }
    }
}
