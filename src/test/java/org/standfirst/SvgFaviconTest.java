package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/** A site whose only icon is an SVG gets the full favicon set, through the real build. */
class SvgFaviconTest {
    private static final String ICON = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
              <rect width="64" height="64" rx="12" fill="#1d3557"/>
              <path d="M14 48V16h8l10 16 10-16h8v32h-8V30l-10 15-10-15v18z" fill="#fff"/>
            </svg>
            """;

    @TempDir
    Path dir;

    private TestSite site(String icon) {
        return TestSite.in(dir)
                .file("content/site.yml", """
                        title: Test Institute
                        base_url: https://example.org/
                        favicon: static/favicon.svg
                        """)
                .file("content/static/favicon.svg", icon)
                .article("commentary/mosul.md", "Mosul", "2014-06-17", "author: Amira Haddad", "region: Iraq",
                        "topics: [Defence]");
    }

    @Test
    void anSvgFaviconGetsTheIcoAndBothPngsAndIsLinkedItself() throws IOException {
        TestSite site = site(ICON);
        site.buildOk();
        Path out = site.output();
        assertThat(size(Files.readAllBytes(out.resolve("resized/favicon.svg-32x32.png")))).containsExactly(32, 32);
        assertThat(size(Files.readAllBytes(out.resolve("resized/favicon.svg-180x180.png")))).containsExactly(180, 180);
        assertThat(out.resolve("favicon.svg")).hasSameBinaryContentAs(site.content().resolve("static/favicon.svg"));

        // favicon.ico: one 32 × 32 image, a PNG that starts right after the 22-byte header.
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(out.resolve("favicon.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new int[] {ico.getShort(0), ico.getShort(2), ico.getShort(4)}).containsExactly(0, 1, 1);
        assertThat(new int[] {ico.get(6), ico.get(7)}).containsExactly(32, 32);
        int length = ico.getInt(14);
        int offset = ico.getInt(18);
        assertThat(offset).isEqualTo(22);
        assertThat(offset + length).isEqualTo(ico.capacity());
        byte[] png = Arrays.copyOfRange(ico.array(), offset, offset + length);
        assertThat(png).isEqualTo(Files.readAllBytes(out.resolve("resized/favicon.svg-32x32.png")));
        BufferedImage inside = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(new int[] {inside.getWidth(), inside.getHeight()}).containsExactly(32, 32);
        assertThat(inside.getRGB(16, 2)).as("the drawing's navy square, drawn").isEqualTo(0xff1d3557);

        // The same links, in the same order, in the head of every kind of page.
        for (String path : List.of("", "commentary/", "commentary/mosul/", "regions/", "regions/iraq/", "authors/",
                "authors/amira-haddad/", "topics/", "topics/defence/", "archive/", "archive/2014/", "404.html")) {
            Document page = site.page(path);
            List<Element> links = page.head().select("link[rel=icon], link[rel=apple-touch-icon]");
            assertThat(links).as(path).extracting(l -> l.attr("rel") + " " + l.attr("type") + " " + l.attr("sizes"))
                    .containsExactly("icon image/png 32x32", "icon image/svg+xml ", "apple-touch-icon  180x180");
            for (Element link : links) {
                String href = link.attr("href");
                Path file = href.startsWith("/") ? out.resolve(href.substring(1)) : site.pageFile(path).getParent().resolve(href);
                assertThat(file.normalize()).as(path + " " + href).isRegularFile();
            }
        }
    }

    @Test
    void anUnchangedSvgIsNeverDrawnAgainAndAChangedOneIs() throws IOException {
        TestSite site = site(ICON);
        site.buildOk();
        byte[] before = Files.readAllBytes(site.output().resolve("favicon.ico"));

        site.article("commentary/other.md", "Other", "2015-01-01");
        TestSite.Run rebuild = site.buildOk("--verbose");
        assertThat(rebuild.out() + rebuild.err()).contains("; 0 image derivatives encoded");
        assertThat(Files.readAllBytes(site.output().resolve("favicon.ico"))).isEqualTo(before);

        site.file("content/static/favicon.svg", ICON.replace("#1d3557", "#8b0000"));
        TestSite.Run changed = site.buildOk("--verbose");
        // The two PNGs; the ICO only wraps the 32 px one.
        assertThat(changed.out() + changed.err()).contains("; 2 image derivatives encoded");
        byte[] after = Files.readAllBytes(site.output().resolve("favicon.ico"));
        assertThat(after).isNotEqualTo(before);
        assertThat(ImageIO.read(site.output().resolve("resized/favicon.svg-180x180.png").toFile()).getRGB(90, 4))
                .isEqualTo(0xff8b0000);

        // What the cache gave is what a clean build draws, byte for byte.
        Path clean = dir.resolve("clean");
        site.buildOk("--output", clean.toString(), "--no-cache");
        for (String file : List.of("favicon.ico", "resized/favicon.svg-32x32.png", "resized/favicon.svg-180x180.png")) {
            assertThat(clean.resolve(file)).as(file).hasSameBinaryContentAs(site.output().resolve(file));
        }
    }

    @Test
    void aBrokenSvgIsAnErrorAtTheFaviconLineAndLeavesTheOutputAlone() throws IOException {
        TestSite site = site(ICON);
        site.buildOk();
        byte[] home = Files.readAllBytes(site.pageFile(""));
        site.file("content/static/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"10\">\n</svg>\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.problems()).containsExactly("site.yml:3: the SVG `favicon.svg` cannot be drawn into icons: line 3 "
                + "of the SVG is not well-formed XML: The element type \"rect\" must be terminated by the matching end-tag "
                + "\"</rect>\". — save it as a plain SVG drawing, without scripts or links to other files (embed an image "
                + "as a data: URL), or point `favicon` at a square PNG file");
        assertThat(Files.readAllBytes(site.pageFile(""))).isEqualTo(home);
    }

    @Test
    void anSvgThatNamesAnImageElsewhereIsAnErrorAndNothingIsFetched() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/mark.png";
            TestSite site = site("""
                    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64">
                      <image xlink:href="%s" width="64" height="64"/>
                    </svg>
                    """.formatted(url));
            TestSite.Run run = site.build();
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.problems()).singleElement().asString().startsWith("site.yml:3: the SVG `favicon.svg` cannot be "
                    + "drawn into icons: line 2 of the SVG refers to a file outside it (`" + url + "`), which the build does not fetch — ");
            assertThat(asked).as("requests the build made").hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void iconsAreDrawnWhereDisplayNamesNoScreen() throws Exception {
        TestSite site = site(ICON);
        // A JVM of its own without java.awt.headless, whose DISPLAY names an X server that is not there.
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.standfirst.cli.Standfirst", "build",
                "--content", site.content().toString(), "--templates", site.root().resolve("templates").toString(),
                "--output", site.output().toString(), "--no-cache").redirectErrorStream(true);
        command.environment().put("DISPLAY", ":99");
        command.environment().remove("JAVA_TOOL_OPTIONS");
        Process build = command.start();
        String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor()).as(printed).isZero();
        assertThat(size(Files.readAllBytes(site.output().resolve("resized/favicon.svg-180x180.png")))).containsExactly(180, 180);
    }

    private static int[] size(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new int[] {image.getWidth(), image.getHeight()};
    }
}
