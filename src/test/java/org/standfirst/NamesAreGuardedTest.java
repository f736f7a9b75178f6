package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;

/** A misspelt author, region or topic fails the build with the likely intended name, not a second page. */
class NamesAreGuardedTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir)
                .file("content/authors/daniel-ashworth.md", "---\nname: Daniel Ashworth\n---\nA fellow.\n")
                .file("content/regions/iraq.md", "---\nname: Iraq\n---\n")
                .article("commentary/mosul.md", "Mosul", "2014-06-17", "author: Daniel Ashworth", "regions: [Iraq]");
    }

    private TestSite.Run fails(String command) {
        TestSite.Run run = site.run(command);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        return run;
    }

    @Test
    void aMisspeltAuthorNamesTheProfileMeant() {
        site.article("commentary/x.md", "X", "2015-01-01", "type: Commentary", "author: Daniel Ashwort");
        String expected = "commentary/x.md:5: author \"Daniel Ashwort\" has no profile — did you mean \"Daniel Ashworth\" (authors/daniel-ashworth.md)?";
        assertThat(fails("build").problems()).containsExactly(expected);
        assertThat(site.output()).doesNotExist();
        assertThat(fails("check").problems()).containsExactly(expected);
    }

    @Test
    void theLinePointsAtTheNameInABlockList() {
        site.file("content/commentary/x.md", """
                ---
                title: X
                date: 2015-01-01
                authors:
                  - Amira Haddad
                  - daniel ashwort
                regions:
                  - Irak
                ---
                Body.
                """);
        assertThat(fails("build").problems()).containsExactly(
                "commentary/x.md:6: author \"daniel ashwort\" has no profile — did you mean \"Daniel Ashworth\" (authors/daniel-ashworth.md)?",
                "commentary/x.md:8: region \"Irak\" has no profile — did you mean \"Iraq\" (regions/iraq.md)?");
    }

    @Test
    void caseAndAccentsAreOneNameNotASlip() {
        site.article("commentary/x.md", "X", "2015-01-01", "authors: [DANIEL ASHWORTH]", "regions: [Iráq]");
        site.buildOk();
        assertThat(site.page("authors/daniel-ashworth/").select("main a").eachText()).contains("X");
    }

    @Test
    void newNamesFarFromEveryKnownOneAreGuestsAndStayAllowed() {
        site.article("commentary/x.md", "X", "2015-01-01", "authors: [Li Wei, Daniel Okonkwo]", "regions: [Iran]",
                "topics: [Li, Lu]");
        assertThat(site.buildOk().problems()).isEmpty();
        assertThat(site.hasPage("authors/li-wei/")).isTrue();
        assertThat(site.hasPage("regions/iran/")).isTrue();
    }

    @Test
    void otherNamesResolveAnOldSpellingToTheProfile() {
        site.file("content/authors/daniel-ashworth.md", "---\nname: Daniel Ashworth\nother_names: [Daniel Ashwort, Dan Ashworth]\n---\n")
                .file("content/regions/iraq.md", "---\nname: Iraq\nother_names:\n  - Irak\n---\n")
                .article("commentary/x.md", "X", "2015-01-01", "author: Dan Ashworth", "regions: [Irak]");
        site.buildOk();
        assertThat(site.page("authors/daniel-ashworth/").select("main a").eachText()).contains("X", "Mosul");
        assertThat(site.page("regions/iraq/").select("main a").eachText()).contains("X", "Mosul");
        assertThat(site.hasPage("regions/irak/")).isFalse();
        assertThat(site.hasPage("authors/dan-ashworth/")).isFalse();
    }

    @Test
    void anOtherNameTwoProfilesClaimIsAnError() {
        site.file("content/authors/dan-ash.md", "---\nname: Dan Ash\nother_names:\n  - D. Ash\n  - Daniel Ashworth\n---\n");
        assertThat(fails("build").problems()).contains(
                "authors/dan-ash.md:5: `other_names` lists \"Daniel Ashworth\", which is already a name of authors/daniel-ashworth.md"
                        + " — a spelling can lead to one profile only: remove it from one of the two");
    }

    @Test
    void ofTwoSpellingsWithoutAProfileTheRarerIsReported() {
        site.article("commentary/a.md", "A", "2015-01-01", "topics: [Counter-terrorism]")
                .article("commentary/b.md", "B", "2015-01-02", "topics: [Counter-terrorism, Energy]")
                .article("commentary/c.md", "C", "2015-01-03", "topics: [Counter-terorism]");
        assertThat(fails("build").problems()).containsExactly(
                "commentary/c.md:4: topic \"Counter-terorism\" is used by 1 piece — did you mean \"Counter-terrorism\" (used by 2 pieces)?");
    }

    @Test
    void twoSpellingsUsedAboutEquallyAreLeftAlone() {
        site.article("commentary/a.md", "A", "2015-01-01", "authors: [Jon Smith]")
                .article("commentary/b.md", "B", "2015-01-02", "authors: [John Smith]");
        assertThat(site.buildOk().problems()).isEmpty();
    }

    @Test
    void aGuestCloseToAnotherGuestNamesTheCommonerSpelling() {
        site.article("commentary/a.md", "A", "2015-01-01", "authors: [Farida Nasser]")
                .article("commentary/b.md", "B", "2015-01-02", "authors: [Farida Nasser]")
                .article("commentary/c.md", "C", "2015-01-03", "authors: [Farida Naser]");
        assertThat(fails("build").problems()).containsExactly(
                "commentary/c.md:4: author \"Farida Naser\" has no profile — did you mean \"Farida Nasser\" (used by 2 pieces)?");
    }
}
