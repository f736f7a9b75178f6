package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page template's digest changes exactly when a template it uses changes. */
class TemplateDigestsTest {
    @TempDir
    Path theme;

    private void write(String name, String text) throws IOException {
        Path file = theme.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The digest of {@code page} before and after {@code partials/extra.peb} changes. */
    private boolean changesWithExtra(String page) throws IOException {
        write("partials/extra.peb", "<p>one</p>");
        write("partials/other.peb", "<p>other</p>");
        String before = new TemplateDigests(theme).of(page);
        write("partials/extra.peb", "<p>two</p>");
        return !new TemplateDigests(theme).of(page).equals(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{% include \"partials/extra.peb\" %}",
            "{% include 'partials/extra.peb' with {\"a\": 1} %}",
            "{% import \"partials/extra.peb\" %}",
            "{% from \"partials/extra.peb\" import macro %}",
            "{%- embed \"partials/extra.peb\" -%}{% endembed %}",
            "{% include \"partials/\" ~ \"extra.peb\" %}", // computed: the whole theme counts
            "{% include page.partial %}"})
    void aPageChangesWithAPartialItNames(String tag) throws IOException {
        write("page.peb", "<main>" + tag + "</main>");
        assertThat(changesWithExtra("page.peb")).isTrue();
    }

    @Test
    void aNameStartingWithDotIsFoundBesideTheTemplateThatNamesIt() throws IOException {
        write("page.peb", "{% include \"partials/summary.peb\" %}");
        write("partials/summary.peb", "{% include \"./extra.peb\" %}");
        assertThat(changesWithExtra("page.peb")).isTrue();
        write("partials/deeper/card.peb", "{% include \"../extra.peb\" %}");
        write("card-page.peb", "{% include \"partials/deeper/card.peb\" %}");
        assertThat(changesWithExtra("card-page.peb")).isTrue();
    }

    @Test
    void aPageThatDoesNotUseThePartialKeepsItsDigest() throws IOException {
        write("page.peb", "{% include \"partials/other.peb\" %}");
        assertThat(changesWithExtra("page.peb")).isFalse();
    }

    @Test
    void aComputedNameElsewhereDoesNotMakeEveryPageDependOnEverything() throws IOException {
        write("dynamic.peb", "{% include page.partial %}");
        write("page.peb", "{% include \"partials/other.peb\" %}");
        write("partials/extra.peb", "<p>one</p>");
        TemplateDigests digests = new TemplateDigests(theme);
        digests.of("dynamic.peb"); // asked first, in some builds, as pages render in parallel
        String before = digests.of("page.peb");
        assertThat(before).isEqualTo(new TemplateDigests(theme).of("page.peb"));
    }
}
