package org.standfirst.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/** Rebuilds on change: what the server serves and what it tells open pages, without a browser. */
class ServeRebuildTest {
    /** A successful build after the first; failed attempts use up numbers too. */
    private static final String GOOD_NEW_BUILD = "\\{\"build\":([2-9]|\\d\\d+),\"problems\":\\[]}";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .article("commentary/2014-06-17-mosul.md", "Mosul and the Hollow Army", "2014-06-17", "regions: [Iraq]")
                .article("commentary/2015-11-12-yemen.md", "Yemen's War", "2015-11-12", "regions: [Yemen]");
    }

    @Test
    void anEditIsRebuiltServedAndAnnouncedToOpenPages() throws Exception {
        try (ServeFixture preview = ServeFixture.serve(site()); EventStream events = new EventStream(preview.url("/__standfirst/events"))) {
            assertThat(events.next(10)).isEqualTo("{\"build\":1,\"problems\":[]}");
            preview.site.article("commentary/2014-06-17-mosul.md", "Mosul Revisited", "2014-06-17", "regions: [Iraq]");
            // First the quick look at the edited page, then the rebuilt site.
            assertThat(events.next(20)).isEqualTo("{\"build\":2,\"problems\":[]}");
            assertThat(events.next(20)).isEqualTo("{\"build\":3,\"problems\":[]}");
            assertThat(preview.get("/commentary/mosul/").body()).contains("Mosul Revisited").contains("data-build=\"3\"");
            assertThat(preview.get("/regions/iraq/").body()).contains("Mosul Revisited");
            assertThat(preview.builds.get(1).changed()).contains(preview.site.content().resolve("commentary/2014-06-17-mosul.md"));
        }
    }

    @Test
    void aPageKeepsItsEtagThroughRebuildsThatLeaveItAsItWasUntilAStylesheetChanges() throws Exception {
        try (ServeFixture preview = ServeFixture.serve(site()); EventStream events = new EventStream(preview.url("/__standfirst/events"))) {
            events.next(10);
            String yemen = etag(preview, "/regions/yemen/");
            String iraq = etag(preview, "/regions/iraq/");
            preview.site.article("commentary/2014-06-17-mosul.md", "Mosul Revisited", "2014-06-17", "regions: [Iraq]");
            waitForRebuild(preview, 2);
            // Open pages reload when their ETag changes (live-reload.js asks for it after every build).
            assertThat(etag(preview, "/regions/iraq/")).isNotEqualTo(iraq);
            assertThat(etag(preview, "/regions/yemen/")).isEqualTo(yemen);

            Path css = preview.site.root().resolve("templates/assets/style.css");
            Files.writeString(css, Files.readString(css) + "\nbody { color: black; }\n");
            waitForRebuild(preview, 3);
            assertThat(etag(preview, "/regions/yemen/")).as("same HTML, new look").isNotEqualTo(yemen);
        }
    }

    @Test
    void aBrokenEditKeepsTheLastGoodSiteAndSendsTheProblemsAsTheCliPrintsThem() throws Exception {
        try (ServeFixture preview = ServeFixture.serve(site()); EventStream events = new EventStream(preview.url("/__standfirst/events"))) {
            events.next(10);
            preview.site.file("content/commentary/2014-06-17-mosul.md", "---\ntitle: Mosul\ndate: 2014-13-45\n---\nBody.\n");
            String broken = events.next(20);

            List<String> cli = preview.site.run("check").problems();
            assertThat(cli).hasSize(1);
            assertThat(cli.get(0)).startsWith("commentary/2014-06-17-mosul.md:3: `date: 2014-13-45` is not a real date");
            assertThat(broken).isEqualTo("{\"build\":1,\"problems\":[" + quoted(cli.get(0)) + "]}");
            assertThat(preview.get("/commentary/mosul/").body()).contains("Mosul and the Hollow Army");

            preview.site.article("commentary/2014-06-17-mosul.md", "Mosul, Fixed", "2014-06-17");
            assertThat(events.next(20)).matches(GOOD_NEW_BUILD);
            assertThat(preview.get("/commentary/mosul/").body()).contains("Mosul, Fixed");
        }
    }

    @Test
    void aBrokenTemplateIsReportedWithItsPathAndLine() throws Exception {
        try (ServeFixture preview = ServeFixture.serve(site()); EventStream events = new EventStream(preview.url("/__standfirst/events"))) {
            events.next(10);
            Path template = preview.site.root().resolve("templates/article.peb");
            String good = Files.readString(template);
            preview.site.file("templates/article.peb", good + "\n{% if article.title %}\n");
            assertThat(events.next(20)).contains("templates/article.peb:").contains("endif");
            preview.site.file("templates/article.peb", good);
            assertThat(events.next(20)).matches(GOOD_NEW_BUILD);
        }
    }

    @Test
    void aBurstOfSavesIsOneRebuildNotOnePerSave() throws Exception {
        try (ServeFixture preview = ServeFixture.serve(site()); EventStream events = new EventStream(preview.url("/__standfirst/events"))) {
            events.next(10);
            for (int i = 1; i <= 20; i++) {
                preview.site.article("commentary/2015-11-12-yemen.md", "Yemen draft " + i, "2015-11-12");
                Thread.sleep(5);
            }
            // A quick look may show the last save first; what is counted is rebuilds, so wait for the one
            // after it (polled: a build's event reaches pages just before the fixture records the build).
            long deadline = System.nanoTime() + 20_000_000_000L;
            String last = "";
            while (!last.contains("Yemen draft 20")
                    || !last.contains("data-build=\"" + preview.builds.get(preview.builds.size() - 1).build() + "\"")) {
                if (System.nanoTime() > deadline) throw new AssertionError("the last save was never rebuilt: " + preview.builds);
                Thread.sleep(10);
                last = preview.get("/commentary/yemen/").body();
            }
            // 20 saves within ~0.1 s; a slow machine may split them once, never into one build each.
            assertThat(preview.builds.size() - 1).isBetween(1, 3);
        }
    }

    @Test
    void atomicSavesByRenameAndNewFoldersAreSeen() throws Exception {
        try (ServeFixture preview = ServeFixture.serve(site()); EventStream events = new EventStream(preview.url("/__standfirst/events"))) {
            events.next(10);
            Path temp = preview.site.root().resolve("new.tmp");
            Files.writeString(temp, "---\ntitle: A Report\ndate: 2020-01-01\n---\nText.\n");
            Files.createDirectories(preview.site.content().resolve("reports"));
            Files.move(temp, preview.site.content().resolve("reports/2020-01-01-a-report.md"), StandardCopyOption.ATOMIC_MOVE);
            while (preview.get("/reports/a-report/").statusCode() != 200) events.next(20);
        }
    }

    private static String etag(ServeFixture preview, String path) throws Exception {
        return preview.get(path).headers().firstValue("ETag").orElseThrow();
    }

    /**
     * Waits until {@code builds} builds (the first included) have ended. Polled, not read from the
     * events: a build's event reaches the page just before the build is added to the fixture's list.
     */
    private static void waitForRebuild(ServeFixture preview, int builds) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (preview.builds.size() < builds) {
            if (System.nanoTime() > deadline) throw new AssertionError("no build " + builds + " within 20 s");
            Thread.sleep(5);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
