package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;
import org.standfirst.support.TestSite.Run;

/** `standfirst new`: pieces and profiles that the build accepts, matched names, no overwriting. */
class NewCommandTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .file("content/authors/amira-haddad.md", "---\nname: Amira Haddad\nrole: Senior Fellow\n---\nBio.\n")
                .file("content/regions/gulf.md", "---\nname: Gulf\n---\n")
                .file("content/regions/yemen.md", "---\nname: Yemen\nparent: gulf\n---\n")
                .article("reports/2014-01-01-old.md", "Old", "2014-01-01", "type: Report", "author: Amira Haddad",
                        "regions: [Yemen]");
    }

    private Run run(TestSite site, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--content";
        all[args.length + 1] = site.content().toString();
        return Run.of(all);
    }

    @Test
    void writesADraftWithCompleteFrontMatterThatTheBuildAccepts() throws Exception {
        TestSite site = site();
        Run run = run(site, "new", "Hodeidah: \"A Second Look\"", "--type", "Report", "--author", "amira haddad",
                "--region", "gulf", "--region", "Yemen", "--date", "2019-01-02");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = site.content().resolve("reports/2019-01-02-hodeidah-a-second-look.md");
        assertThat(run.out()).contains("Wrote " + file).contains("--drafts");
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: "Hodeidah: \\"A Second Look\\""
                date: 2019-01-02
                type: "Report"
                summary: ""
                authors: ["Amira Haddad"]
                regions: ["Gulf", "Yemen"]
                topics: []
                # Drafts are left out of builds; preview with `standfirst serve --drafts`, delete this line to publish.
                draft: true
                ---

                """);
        Run check = site.run("check", "--drafts", "--strict");
        assertThat(check.exitCode()).as(check.err()).isZero();
        site.buildOk("--drafts");
        assertThat(site.page("report/hodeidah-a-second-look/").select("h1").text()).isEqualTo("Hodeidah: \"A Second Look\"");
        assertThat(site.page("authors/amira-haddad/").text()).contains("A Second Look");
    }

    @Test
    void theDefaultsAreACommentaryDatedToday() {
        TestSite site = site();
        Run run = run(site, "new", "Gulf Notes");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.content().resolve("commentary/" + LocalDate.now() + "-gulf-notes.md")).content()
                .contains("type: \"Commentary\"").contains("authors: []");
    }

    @Test
    void aNearMissIsRefusedWithASuggestionAndNothingIsWritten() {
        TestSite site = site();
        Run run = run(site, "new", "Gulf Notes", "--author", "Amira Hadad", "--date", "2020-05-05");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--author Amira Hadad: there is no author profile by that name — did you mean `Amira Haddad`?");
        assertThat(site.content().resolve("commentary/2020-05-05-gulf-notes.md")).doesNotExist();
    }

    @Test
    void aNewNameIsAcceptedWithANote() {
        TestSite site = site();
        Run run = run(site, "new", "Gulf Notes", "--author", "Jonas Berg", "--date", "2020-05-05");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("note: no author profile for `Jonas Berg` yet");
        assertThat(site.content().resolve("commentary/2020-05-05-gulf-notes.md")).content().contains("authors: [\"Jonas Berg\"]");
    }

    @Test
    void refusesToOverwriteAPieceOrAProfile() throws Exception {
        TestSite site = site();
        assertThat(run(site, "new", "Gulf Notes", "--date", "2020-05-05").exitCode()).isZero();
        Path file = site.content().resolve("commentary/2020-05-05-gulf-notes.md");
        Files.writeString(file, "edited");
        Run again = run(site, "new", "Gulf Notes", "--date", "2020-05-05");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists, and is left as it is");
        assertThat(file).hasContent("edited");

        Run author = run(site, "new", "author", "Amira Haddad");
        assertThat(author.exitCode()).isEqualTo(1);
        assertThat(author.err()).contains("amira-haddad.md: already exists");
        assertThat(site.content().resolve("authors/amira-haddad.md")).content().contains("Senior Fellow");
    }

    @Test
    void writesAuthorAndRegionProfilesThatTheBuildAccepts() {
        TestSite site = site();
        Run author = run(site, "new", "author", "Zoë O'Neill");
        assertThat(author.exitCode()).as(author.err()).isZero();
        assertThat(site.content().resolve("authors/zoe-oneill.md")).content().startsWith("---\nname: \"Zoë O'Neill\"\n");
        Run region = run(site, "new", "region", "Oman", "--parent", "Gulf");
        assertThat(region.exitCode()).as(region.err()).isZero();
        assertThat(site.content().resolve("regions/oman.md")).hasContent("---\nname: \"Oman\"\ndescription: \"\"\nparent: gulf\n---");
        site.article("commentary/2020-01-01-muscat.md", "Muscat", "2020-01-01", "author: Zoë O'Neill", "region: Oman");
        site.buildOk();
        assertThat(site.page("regions/gulf/").text()).contains("Muscat");
        assertThat(site.page("authors/zoe-oneill/").select("h1").text()).isEqualTo("Zoë O'Neill");
    }

    @Test
    void anUnknownParentRegionIsRefused() {
        TestSite site = site();
        Run run = run(site, "new", "region", "Oman", "--parent", "Gulff");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--parent Gulff: there is no region profile by that name — did you mean `Gulf`?");
        assertThat(site.content().resolve("regions/oman.md")).doesNotExist();
    }

    @Test
    void aTitleIsRequiredAndTheDateMustBeReal() {
        TestSite site = site();
        assertThat(run(site, "new").exitCode()).isEqualTo(2);
        Run badDate = run(site, "new", "Gulf Notes", "--date", "2020-13-45");
        assertThat(badDate.exitCode()).isEqualTo(2);
    }
}
