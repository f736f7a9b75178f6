package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/**
 * Invalid archives, one rule each: the exact message, file and line a user sees, and that nothing
 * is written. Lines are lines of the file, not of the YAML block.
 */
class ErrorReportingTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).article("commentary/good.md", "A good piece", "2014-01-01");
    }

    private TestSite.Run fails() {
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).endsWith("Build failed: nothing was written; " + site.output() + " is unchanged.\n");
        assertThat(site.output()).doesNotExist();
        return run;
    }

    @Test
    void frontMatterNeverClosed() {
        site.file("content/commentary/open.md", "---\ntitle: Open\ndate: 2014-01-01\n\nBody.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/open.md:1: the front matter opened on line 1 is never closed — add a line with `---` after the last front-matter key");
    }

    @Test
    void noFrontMatterAtAll() {
        site.file("content/commentary/plain.md", "# Just a heading\n\nText.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/plain.md:1: no front matter: the file must start with a `---` line — add `---`, then `title: …` and `date: YYYY-MM-DD`, then `---` above the text");
    }

    @Test
    void yamlSyntaxErrorNamesTheLineInTheFile() {
        site.file("content/commentary/bad.md", "---\ntitle: Fine\ndate: 2014-01-01\nsummary: Iraq: the next step\n---\nBody.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/bad.md:4:14: invalid YAML: mapping values are not allowed here — a value containing `: ` must be quoted, e.g. `title: \"Iraq: the next step\"`");
    }

    @Test
    void tabsAreNamedAsTabs() {
        site.file("content/commentary/tab.md", "---\ntitle: Fine\ndate: 2014-01-01\nregions:\n\t- Iraq\n---\nBody.\n");
        assertThat(fails().problems()).singleElement().asString()
                .startsWith("commentary/tab.md:5:1: invalid YAML: a tab character in the front matter — YAML allows only spaces");
    }

    @Test
    void badIndentation() {
        site.file("content/commentary/indent.md", "---\ntitle: Fine\n  date: 2014-01-01\n---\nBody.\n");
        assertThat(fails().problems()).singleElement().asString().startsWith("commentary/indent.md:3:");
    }

    @Test
    void missingTitleAndDateAreBothReported() {
        site.file("content/commentary/empty-fm.md", "---\nsummary: S.\n---\nBody.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/empty-fm.md:1: `date` is missing — add a line `date: YYYY-MM-DD` (the publication date) to the front matter",
                "commentary/empty-fm.md:1: `title` is missing — add a line `title: The piece's headline` to the front matter");
    }

    @Test
    void impossibleDate() {
        site.file("content/commentary/date.md", "---\ntitle: T\ndate: 2014-13-45\n---\nBody.\n");
        assertThat(fails().problems()).singleElement().asString()
                .startsWith("commentary/date.md:3: `date: 2014-13-45` is not a real date")
                .endsWith("— check the month (1–12) and the day of the month");
    }

    @Test
    void notADateAtAll() {
        site.file("content/commentary/date.md", "---\ntitle: T\ndate: 17 June 2014\n---\nBody.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/date.md:3: `date: 17 June 2014` is not a date — write it as YYYY-MM-DD (e.g. 2014-06-17) or 2014-06-17T09:30:00+01:00");
    }

    @Test
    void valueOfTheWrongType() {
        site.file("content/commentary/type.md", "---\ntitle: [a, b]\ndate: 2014-01-01\ndraft: maybe\n---\nBody.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/type.md:2: `title` must be a single text value, not a list — write it on one line, e.g. `title: …`",
                "commentary/type.md:4: `draft` must be `true` or `false` — write `draft: true`");
    }

    @Test
    void anUnknownKeyIsAnErrorWithTheKeyMeant() {
        site.file("content/commentary/typo.md", "---\ntitle: T\ndate: 2014-01-01\nathor: Amira Haddad\n---\nBody.\n");
        assertThat(fails().problems()).containsExactly("commentary/typo.md:4: unknown key `athor` — did you mean `author`?");
    }

    @Test
    void aKeyOfOnesOwnIsPointedToParams() {
        site.file("content/commentary/own.md", "---\ntitle: T\ndate: 2014-01-01\nseries: Gulf security\n---\nBody.\n");
        assertThat(fails().problems()).singleElement().asString().startsWith("commentary/own.md:4: unknown key `series`"
                + " — did you mean `params:`? Keys of your own go under it (`params:` then `  series: …`), where templates"
                + " read them as `params.series`; known keys: aliases, author, ");
    }

    @Test
    void unknownKeysInSiteYmlAndProfilesAreErrorsToo() {
        site.file("content/site.yml", "title: T\npage_sise: 10\norganisation:\n  name: I\n  urll: https://example.org/\n")
                .file("content/authors/amira-haddad.md", "---\nname: Amira Haddad\ntwitter: \"@amira\"\n---\n")
                .file("content/regions/iraq.md", "---\nname: Iraq\nparnet: middle-east\n---\n")
                .article("commentary/a.md", "A", "2014-01-02", "author: Amira Haddad", "region: Iraq");
        List<String> problems = fails().problems();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("authors/amira-haddad.md:3: unknown key `twitter` — did you mean `params:`?");
        assertThat(problems.subList(1, 4)).containsExactly(
                "regions/iraq.md:3: unknown key `parnet` — did you mean `parent`?",
                "site.yml:2: unknown key `page_sise` — did you mean `page_size`?",
                "site.yml:5: unknown key `urll` — did you mean `url`?");
    }

    @Test
    void emptyFile() {
        site.file("content/commentary/empty.md", "");
        assertThat(fails().problems()).containsExactly(
                "commentary/empty.md:1: the file is empty — write front matter with at least `title` and `date` between `---` lines, or delete the file");
    }

    @Test
    void bytesThatAreNotUtf8NameTheLine() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2014-01-01\n---\nBody.\n".getBytes(StandardCharsets.ISO_8859_1);
        site.bytes("content/commentary/latin1.md", latin1);
        assertThat(fails().problems()).containsExactly(
                "commentary/latin1.md:2: the file is not valid UTF-8 — re-save it as UTF-8 (in most editors: Save with Encoding → UTF-8)");
    }

    @Test
    void byteOrderMarkAndCrlfAreAcceptedSilently() {
        site.bytes("content/commentary/windows.md",
                "\uFEFF---\r\ntitle: From Windows\r\ndate: 2014-01-02\r\n---\r\nBody.\r\n".getBytes(StandardCharsets.UTF_8));
        TestSite.Run run = site.buildOk();
        assertThat(run.err()).isEmpty();
        assertThat(site.page("commentary/windows/").selectFirst("h1").text()).isEqualTo("From Windows");
    }

    @Test
    void twoPiecesAtTheSameUrlNameBothFiles() {
        site.article("commentary/2014-01-01-same.md", "One", "2014-01-01")
                .article("commentary/2015-01-01-same.md", "Two", "2015-01-01");
        assertThat(fails().problems()).containsExactly(
                "commentary/2014-01-01-same.md:1: two things would be written to /commentary/same/index.html: the piece "
                        + "commentary/2014-01-01-same.md and the piece commentary/2015-01-01-same.md — give one of them another "
                        + "`slug:` (or change `type:`/`permalink`)");
    }

    @Test
    void namesWithoutLettersAreReported() {
        site.file("content/commentary/names.md", "---\ntitle: T\ndate: 2014-01-01\nauthor: \"!!!\"\nregions: [Iraq, \"—\"]\ntopics: [\"?\"]\n---\nBody.\n");
        assertThat(fails().problems()).containsExactly(
                "commentary/names.md:4: the author name `!!!` has no letters or digits — write the author's name in words",
                "commentary/names.md:5: the region name `—` has no letters or digits — write the region's name in words",
                "commentary/names.md:6: the topic name `?` has no letters or digits — write the topic's name in words");
    }

    @Test
    void missingParentRegionAndCycles() {
        site.file("content/regions/gulf.md", "---\nname: Gulf\nparent: mena\n---\n")
                .file("content/regions/a.md", "---\nname: A\nparent: b\n---\n")
                .file("content/regions/b.md", "---\nname: B\nparent: a\n---\n");
        assertThat(fails().problems()).containsExactly(
                "regions/a.md:3: the region `a` is its own ancestor through `parent: b` — remove `parent:` from one of the regions in the loop",
                "regions/b.md:3: the region `b` is its own ancestor through `parent: a` — remove `parent:` from one of the regions in the loop",
                "regions/gulf.md:3: the parent region `mena` does not exist — create content/regions/mena.md, or set `parent:` to one of: a, b, gulf");
    }

    @Test
    void missingImage() {
        site.article("commentary/img.md", "T", "2014-01-02", "image: map.png", "image_alt: A map");
        assertThat(fails().problems()).containsExactly(
                "commentary/img.md:4: the image `map.png` does not exist — put the file at content/commentary/map.png or correct the name");
    }

    @Test
    void unsafeImagePathsAreRejected() {
        site.article("commentary/a.md", "A", "2014-01-02", "image: ../../etc/passwd")
                .article("commentary/b.md", "B", "2014-01-03", "image: \"javascript:alert(1)\"")
                .article("commentary/c.md", "C", "2014-01-04", "image: \"data:image/png;base64,AAAA\"");
        assertThat(fails().problems()).containsExactly(
                "commentary/a.md:4: `image: ../../etc/passwd` is not allowed — use a file name next to the article (`map.jpg`), a site path (`/images/map.jpg`) or an http(s) URL",
                "commentary/b.md:4: `image: javascript:alert(1)` is not allowed — use a file name next to the article (`map.jpg`), a site path (`/images/map.jpg`) or an http(s) URL",
                "commentary/c.md:4: `image: data:image/png;base64,AAAA` is not allowed — use a file name next to the article (`map.jpg`), a site path (`/images/map.jpg`) or an http(s) URL");
    }

    @Test
    void aTemplatesFolderGivenButMissingIsAUsageError() {
        site.article("commentary/a.md", "A", "2014-01-02");
        TestSite.Run run = site.build("--templates", dir.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: the folder does not exist — check the path, or leave out --templates "
                + "to use the built-in theme");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aTemplateMissingFromTheFolderComesFromTheBuiltInTheme() {
        site.article("commentary/a.md", "A", "2014-01-02", "regions: [Iraq]");
        site.delete("templates/region.peb");
        site.buildOk();
        assertThat(site.page("regions/iraq/").select("h1").text()).contains("Iraq");
    }

    @Test
    void aSyntaxErrorInAnOverrideIsNamedByItsPathInTheFolder() {
        site.article("commentary/a.md", "A", "2014-01-02");
        site.file("templates/partials/summary.peb", "{% if %}\n");
        assertThat(fails().problems()).anyMatch(line -> line.contains("templates/partials/summary.peb:1: "))
                .noneMatch(line -> line.contains("theme:"));
    }

    @Test
    void templateSyntaxErrorNamesTheTemplateAndLine() {
        site.file("templates/topics.peb", "{% extends \"base.peb\" %}\n{% block content %}\n{% if topics %}\n{% endblock %}\n");
        assertThat(fails().problems()).singleElement().asString().matches(".*templates/topics\\.peb:4: Unexpected tag name \"endblock\".*");
    }

    @Test
    void undefinedTemplateVariableIsAnError() {
        site.file("templates/archive.peb", "{% extends \"base.peb\" %}\n{% block content %}\n\n{{ yeers }}\n{% endblock %}\n");
        assertThat(fails().problems()).singleElement().asString().matches(".*templates/archive\\.peb:4: .*yeers.*");
    }

    @Test
    void misspeltAttributeInAPartialNamesThePartialNotThePage() {
        site.article("commentary/by.md", "By someone", "2014-01-02", "author: Ann Bee");
        site.file("templates/partials/names.peb", "{# people #}\n{% for person in people %}{{ person.nmae }}{% endfor %}\n");
        assertThat(fails().problems()).singleElement().asString()
                .matches(".*templates/partials/names\\.peb:2: Attribute \\[nmae] of \\[org.standfirst.render.view.LinkView] does not exist.*");
    }

    @Test
    void everyProblemOfARunIsReportedTogetherWithACount() {
        site.file("content/commentary/a.md", "---\ntitle: A\n---\n")
                .file("content/commentary/b.md", "")
                .file("content/commentary/c.md", "---\ntitle: C\ndate: 2014-01-01\nimage_alt: x\n---\n");
        TestSite.Run run = fails();
        assertThat(run.problems()).hasSize(3);
        assertThat(run.err()).contains("2 errors, 1 warning\n");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
