package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFilesTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInThemeIsTheRepositorysTemplatesFolder() throws IOException {
        Path builtIn = ThemeFiles.builtIn().orElseThrow();
        assertThat(Files.readString(builtIn.resolve("base.peb"))).isEqualTo(Files.readString(Path.of("templates/base.peb")));
    }

    @Test
    void aFolderFileReplacesTheBuiltInOneAndTheRestStay() throws IOException {
        Files.createDirectories(dir.resolve("partials"));
        Files.writeString(dir.resolve("partials/summary.peb"), "mine");
        ThemeFiles theme = ThemeFiles.of(dir);

        assertThat(theme.find("partials/summary.peb")).contains(dir.toAbsolutePath().resolve("partials/summary.peb"));
        assertThat(theme.isBuiltIn("partials/summary.peb")).isFalse();
        assertThat(theme.isBuiltIn("base.peb")).isTrue();
        assertThat(theme.files("").keySet()).contains("base.peb", "partials/summary.peb", "assets/style.css");
        assertThat(theme.files("assets").keySet()).allMatch(name -> name.startsWith("assets/"));
    }

    @Test
    void messagesNameAFileWhereItComesFrom() throws IOException {
        Files.writeString(dir.resolve("home.peb"), "mine");
        ThemeFiles theme = ThemeFiles.of(dir);

        assertThat(theme.label("templates", "home.peb")).isEqualTo("templates/home.peb");
        assertThat(theme.label("templates", "partials/names.peb")).isEqualTo("theme:partials/names.peb");
    }

    @Test
    void namesOutsideTheThemeAreNotFound() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "no");
        ThemeFiles theme = ThemeFiles.of(dir.resolve("theme"));

        assertThat(theme.find("../secret.txt")).isEmpty();
        assertThat(theme.find("/etc/passwd")).isEmpty();
        assertThat(theme.find("missing.peb")).isEmpty();
    }
}
