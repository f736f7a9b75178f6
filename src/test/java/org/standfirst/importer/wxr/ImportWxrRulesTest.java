package org.standfirst.importer.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.importer.ImportFiles;
import org.standfirst.support.TestSite;

/** Small inline exports, one rule each. */
class ImportWxrRulesTest {
    @TempDir
    Path dir;

    static String export(String namespace, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="%1$s/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="%1$s/">
                <channel>
                <title>Old site</title>
                <link>https://old.example.org</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_blog_url>https://old.example.org</wp:base_blog_url>
                <wp:author><wp:author_login>amira</wp:author_login><wp:author_display_name><![CDATA[Amira Haddad]]></wp:author_display_name>
                  <wp:author_description><![CDATA[Senior fellow.]]></wp:author_description></wp:author>
                <wp:category><wp:category_nicename>middle-east</wp:category_nicename><wp:cat_name>Middle East</wp:cat_name></wp:category>
                %2$s
                </channel>
                </rss>
                """.formatted(namespace, items);
    }

    static String item(long id, String status, String name, String content, String extra) {
        return """
                <item>
                <title>Piece %1$d</title>
                <link>https://old.example.org/2014/06/%3$s/</link>
                <dc:creator>amira</dc:creator>
                <guid isPermaLink="false">https://old.example.org/?p=%1$d</guid>
                <content:encoded><![CDATA[%4$s]]></content:encoded>
                <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>%1$d</wp:post_id>
                <wp:post_date>2014-06-17 10:30:00</wp:post_date>
                <wp:post_date_gmt>2014-06-17 09:30:00</wp:post_date_gmt>
                <wp:post_name>%3$s</wp:post_name>
                <wp:status>%2$s</wp:status>
                <wp:post_type>post</wp:post_type>
                %5$s
                </item>
                """.formatted(id, status, name, content, extra);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private TestSite.Run importWxr(Path export, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "import";
        args[1] = "wxr";
        args[2] = export.toString();
        args[3] = "--into=" + dir.resolve("content");
        System.arraycopy(extra, 0, args, 4, extra.length);
        return TestSite.Run.of(args);
    }

    @Test
    void aPostBecomesABundleWithFrontMatterParagraphsAndAliases() throws IOException {
        Path export = write("x.xml", export("http://wordpress.org/export/1.0", item(7, "publish", "mosul",
                "First paragraph\nwith a break.\n\nSecond <em>one</em>.<!--more-->\n\nThird.",
                "<category domain=\"category\" nicename=\"middle-east\"><![CDATA[Middle East]]></category>"
                        + "<category domain=\"post_tag\" nicename=\"iraq\"><![CDATA[Iraq &amp; Syria]]></category>")));
        TestSite.Run run = importWxr(export);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String piece = Files.readString(dir.resolve("content/article/2014-06-17-mosul/index.md"));
        assertThat(piece).isEqualTo("""
                ---
                title: "Piece 7"
                date: 2014-06-17T09:30:00Z
                summary: "First paragraph with a break. Second one."
                type: "Article"
                authors: ["Amira Haddad"]
                topics: ["Iraq & Syria", "Middle East"]
                slug: "mosul"
                aliases:
                  - "/2014/06/mosul/"
                  - "/?p=7"
                ---

                First paragraph \s
                with a break.

                Second *one*.

                Third.
                """);
        assertThat(Files.readString(dir.resolve("content/authors/amira-haddad.md")))
                .isEqualTo("---\nname: \"Amira Haddad\"\n---\n\nSenior fellow.\n");
        assertThat(Files.readString(dir.resolve("content/.import-report.md")))
                .contains("| category | middle-east | Middle East | 1 | topics | Middle East |");
    }

    @Test
    void theMappingFileSendsTaxonomiesToFieldsAndRenamesTerms() throws IOException {
        Path export = write("x.xml", export("https://wordpress.org/export/1.2", item(7, "publish", "mosul", "Text.",
                "<category domain=\"category\" nicename=\"middle-east\"><![CDATA[Middle East]]></category>"
                        + "<category domain=\"series\" nicename=\"briefs\"><![CDATA[Briefs]]></category>")));
        Path map = write("import.yml", """
                taxonomies:
                  category: regions
                  series: type
                rename:
                  middle-east: Middle East and North Africa
                """);
        assertThat(importWxr(export, "--map", map.toString()).exitCode()).isZero();
        String piece = Files.readString(dir.resolve("content/briefs/2014-06-17-mosul/index.md"));
        assertThat(piece).contains("type: \"Briefs\"\n", "regions: [\"Middle East and North Africa\"]\n").doesNotContain("topics:");
    }

    @Test
    void publicCustomFieldsGoUnderParamsAndPluginDataIsLeftOut() throws IOException {
        Path export = write("x.xml", export("https://wordpress.org/export/1.2", item(7, "publish", "mosul", "Text.",
                "<wp:postmeta><wp:meta_key>_edit_lock</wp:meta_key><wp:meta_value>1400000000:1</wp:meta_value></wp:postmeta>"
                        + "<wp:postmeta><wp:meta_key>Originally published in</wp:meta_key><wp:meta_value>The Times</wp:meta_value></wp:postmeta>"
                        + "<wp:postmeta><wp:meta_key>series</wp:meta_key><wp:meta_value>Gulf \"security\"</wp:meta_value></wp:postmeta>")));
        assertThat(importWxr(export).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("content/article/2014-06-17-mosul/index.md"))).contains("""
                  - "/?p=7"
                params:
                  originally_published_in: "The Times"
                  series: "Gulf \\"security\\""
                ---
                """).doesNotContain("edit_lock");
        TestSite site = TestSite.in(dir);
        site.buildOk();
    }

    @Test
    void draftsAndScheduledPostsOnlyWithDrafts() throws IOException {
        Path export = write("x.xml", export("https://wordpress.org/export/1.1",
                item(1, "publish", "a", "A.", "") + item(2, "draft", "", "B.", "") + item(3, "future", "c", "C.", "")
                        + item(4, "private", "d", "D.", "")));
        assertThat(importWxr(export).exitCode()).isZero();
        assertThat(ImportFiles.pieces(dir.resolve("content")).keySet()).containsExactly("article/2014-06-17-a/index.md");
        assertThat(importWxr(export, "--drafts", "--force").exitCode()).isZero();
        Map<String, String> pieces = ImportFiles.pieces(dir.resolve("content"));
        assertThat(pieces.keySet()).containsExactly("article/2014-06-17-a/index.md", "article/2014-06-17-c/index.md",
                "article/2014-06-17-piece-2/index.md");
        assertThat(pieces.get("article/2014-06-17-piece-2/index.md")).contains("draft: true\n", "  - \"/?p=2\"\n");
        assertThat(Files.readString(dir.resolve("content/.import-report.md"))).contains("private post, not imported");
    }

    @Test
    void captionsGalleriesAndOtherShortcodes() throws IOException {
        String attachment = """
                <item><title>Map</title><wp:post_id>50</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
                <wp:post_parent>7</wp:post_parent><wp:attachment_url>https://old.example.org/wp-content/uploads/2014/06/map.jpg</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A map of Iraq</wp:meta_value></wp:postmeta></item>
                """;
        Path export = write("x.xml", export("https://wordpress.org/export/1.2", attachment + item(7, "publish", "mosul",
                "[caption id=\"attachment_50\" width=\"300\"]<img src=\"https://old.example.org/wp-content/uploads/2014/06/map-300x200.jpg\" alt=\"A map\" /> The front line in June[/caption]\n\n"
                        + "[gallery ids=\"50\"]\n\n[audio src=\"x.mp3\"]",
                "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>50</wp:meta_value></wp:postmeta>")));
        Path uploads = dir.resolve("uploads/2014/06");
        Files.createDirectories(uploads);
        Files.write(uploads.resolve("map.jpg"), new byte[] {1, 2, 3});
        TestSite.Run run = importWxr(export, "--uploads", dir.resolve("uploads").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path bundle = dir.resolve("content/article/2014-06-17-mosul");
        String piece = Files.readString(bundle.resolve("index.md"));
        assertThat(piece).contains("image: \"map.jpg\"\nimage_alt: \"A map of Iraq\"\n",
                "![A map](map.jpg)\n\n*The front line in June*", "![A map of Iraq](map.jpg)", "[audio src=\"x.mp3\"]")
                .doesNotContain("[caption", "[gallery", "\\[");
        assertThat(Files.readAllBytes(bundle.resolve("map.jpg"))).containsExactly(1, 2, 3);
        assertThat(Files.readString(dir.resolve("content/.import-report.md"))).contains("- `[audio]` in 1 piece: item 7");
    }

    @Test
    void missingUploadsAreReportedAndTheLinkKept() throws IOException {
        Path export = write("x.xml", export("https://wordpress.org/export/1.2", item(7, "publish", "mosul",
                "<img src=\"https://old.example.org/wp-content/uploads/2014/06/gone.png?w=640\" alt=\"Gone\">", "")));
        Files.createDirectories(dir.resolve("uploads"));
        assertThat(importWxr(export, "--uploads", dir.resolve("uploads").toString()).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("content/article/2014-06-17-mosul/index.md")))
                .contains("![Gone](https://old.example.org/wp-content/uploads/2014/06/gone.png?w=640)");
        assertThat(Files.readString(dir.resolve("content/.import-report.md")))
                .contains("- item 7 (https://old.example.org/2014/06/mosul/): the upload https://old.example.org/wp-content/uploads/2014/06/gone.png?w=640 is not in uploads");
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsWritten() throws IOException {
        Path secret = write("secret.txt", "TOP SECRET");
        Path export = write("x.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss><channel><item><title>&xxe;</title></item></channel></rss>
                """.formatted(secret.toUri()));
        TestSite.Run run = importWxr(export);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(export + ":2: the export declares a DOCTYPE").doesNotContain("TOP SECRET", "Exception");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void aMalformedExportIsAClearErrorWithItsLineAndNothingIsWritten() throws IOException {
        Path export = write("x.xml", export("https://wordpress.org/export/1.2", item(1, "publish", "a", "A.", "")
                + "<item><title>Broken</item>"));
        TestSite.Run run = importWxr(export);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).matches("(?s)\\Q" + export + "\\E:\\d+: the export is not well-formed XML \\(.*\\) — export it again.*\nImport failed: nothing was written.\n");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void anRssFeedIsNotAnExport() throws IOException {
        Path export = write("feed.xml", "<rss><channel><link>https://x.org</link><item><title>T</title></item></channel></rss>");
        TestSite.Run run = importWxr(export);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not a WordPress export");
    }

    @Test
    void oddItemsAreImportedAndListedForAHumanLook() throws IOException {
        String odd = item(9, "publish", "", "Text.", "").replace("<title>Piece 9</title>", "<title></title>")
                .replace("<dc:creator>amira</dc:creator>", "<dc:creator><![CDATA[>amira ]]></dc:creator>")
                .replace("https://old.example.org/?p=9", "http://other-host.example.com/?p=9");
        Path export = write("x.xml", export("https://wordpress.org/export/1.2", odd));
        assertThat(importWxr(export).exitCode()).isZero();
        String piece = Files.readString(dir.resolve("content/article/2014-06-17-untitled-post-9/index.md"));
        assertThat(piece).contains("title: \"Untitled post 9\"", "authors: [\"Amira Haddad\"]", "  - \"/?p=9\"");
        assertThat(Files.readString(dir.resolve("content/.import-report.md"))).contains("no title in the export");
    }
}
