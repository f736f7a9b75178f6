package org.standfirst.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standfirst.support.TestSite;

/** The preview server's routing, types, 404s and refusals, over real HTTP on a random loopback port. */
class ServeHttpTest {
    @TempDir
    static Path dir;
    static ServeFixture preview;
    static Path secret;

    @BeforeAll
    static void start() throws Exception {
        secret = Files.writeString(dir.resolve("secret.txt"), "outside the site");
        TestSite site = TestSite.in(dir.resolve("site"))
                .file("content/site.yml", "title: Preview Institute\n")
                .article("commentary/2014-06-17-mosul.md", "Mosul and the Hollow Army", "2014-06-17", "regions: [Iraq]")
                .file("content/static/data/figures.json", "{\"a\": 1}")
                .file("content/static/feed.xml", "<?xml version=\"1.0\"?><rss/>")
                .file("content/static/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/static/app.js", "console.log(1);")
                .bytes("content/static/paper.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .bytes("content/static/photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("content/static/photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8})
                .file("content/static/notes.unknownext", "?");
        preview = ServeFixture.serve(site);
        assertThat(preview.builds).singleElement().satisfies(b -> assertThat(b.ok()).as("%s", b.lines()).isTrue());
    }

    @AfterAll
    static void stop() throws Exception {
        preview.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/, text/html; charset=utf-8",
            "/index.html, text/html; charset=utf-8",
            "/commentary/mosul/, text/html; charset=utf-8",
            "/assets/style.css, text/css; charset=utf-8",
            "/app.js, text/javascript; charset=utf-8",
            "/data/figures.json, application/json",
            "/feed.xml, application/xml",
            "/map.svg, image/svg+xml",
            "/paper.pdf, application/pdf",
            "/photo.png, image/png",
            "/photo.jpg, image/jpeg",
            "/notes.unknownext, application/octet-stream",
    })
    void servesEachKindOfFileWithItsContentType(String path, String type) throws Exception {
        HttpResponse<String> response = preview.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void folderUrlsServeTheirIndexAndAreRedirectedToTheirSlash() throws Exception {
        HttpResponse<String> page = preview.get("/regions/iraq/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1").contains("Iraq");
        HttpResponse<String> bare = preview.get("/regions/iraq");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/regions/iraq/");
    }

    @Test
    void missingPathsGetTheSitesOwn404PageWithStatus404() throws Exception {
        HttpResponse<String> response = preview.get("/commentary/no-such-piece/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(new String(LiveScript.inject(
                Files.readAllBytes(preview.served().resolve("404.html")), 1, ""), StandardCharsets.UTF_8));
    }

    @Test
    void htmlGetsTheLiveReloadScriptOnlyWhenServedNeverInTheBuiltFiles() throws Exception {
        HttpResponse<String> page = preview.get("/commentary/mosul/");
        String served = page.body();
        // The page's own ETag goes with it: after a rebuild the page asks whether it changed.
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("W/\"[0-9a-f]{24}-1\"");
        assertThat(served).contains("<script src=\"/__standfirst/live-reload.js\" defer data-build=\"1\" data-etag=\""
                + etag.replace("\"", "&quot;") + "\"></script></body>");
        try (var files = Files.walk(preview.served())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as("%s", file).doesNotContain("__standfirst");
            }
        }
        assertThat(preview.get("/assets/style.css").body()).doesNotContain("__standfirst");
        HttpResponse<String> script = preview.get("/__standfirst/live-reload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("EventSource").contains("standfirst-overlay");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> get = preview.get("/paper.pdf");
        HttpResponse<String> head = preview.send("HEAD", "/paper.pdf");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length()));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        HttpResponse<String> response = preview.send(method, "/");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void etagAndLastModifiedAnswerConditionalRequestsWith304() throws Exception {
        HttpResponse<String> first = preview.get("/assets/style.css");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(preview.get("/assets/style.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(preview.get("/assets/style.css", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
        assertThat(preview.get("/assets/style.css", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        HttpResponse<String> page = preview.get("/");
        assertThat(preview.get("/", "If-None-Match", page.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    @ParameterizedTest
    @CsvSource({
            "/../secret.txt, 400",
            "/commentary/../../secret.txt, 400",
            "/%2e%2e/secret.txt, 400",
            "/%2E%2E/%2e%2e/secret.txt, 400",
            "/.%2e/secret.txt, 400",
            "/commentary/%2e%2e%2f%2e%2e%2fsecret.txt, 400",
            "/..%2fsecret.txt, 400",
            "/..%5csecret.txt, 400",
            "/..\\secret.txt, 400",
            "/%c0%ae%c0%ae/secret.txt, 400",
            "/secret.txt%00.html, 400",
            "/%zz, 400",
            "/.hidden, 404",
            "/secret.txt, 404",
    })
    void traversalNeverReachesAFileOutsideTheSite(String rawPath, int status) throws Exception {
        assertThat(preview.rawStatus(rawPath)).as(rawPath).isEqualTo(status);
    }

    @Test
    void symbolicLinksLeadingOutOfTheSiteAreNotFollowed() throws Exception {
        Path link = preview.served().resolve("leak.txt");
        Path folderLink = preview.served().resolve("outside");
        try {
            Files.createSymbolicLink(link, secret);
            Files.createSymbolicLink(folderLink, dir);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system has no symbolic links: " + e);
        }
        assertThat(preview.rawStatus("/leak.txt")).isEqualTo(404);
        assertThat(preview.rawStatus("/outside/secret.txt")).isEqualTo(404);
        assertThat(preview.get("/outside/secret.txt").body()).doesNotContain("outside the site");
    }
}
