package org.standfirst.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A site path names the same file whether it is made into a Path or read as plain text. */
class OutputPathsTest {
    @Test
    void theQuickNameIsThePathsName() {
        for (String sitePath : new String[] {"", "a", "a/", "a/b", "a/b/", "a//", "a//b", "./a", "a/./b", "a/b/..", "a/../b/",
                "x.bib", "articles/000001-slug/000001-slug.ris", ".hidden/x", "a/..b/", "a/b../c", "a\\b", "..a"}) {
            assertThat(OutputPaths.fileName(sitePath)).as(sitePath).isEqualTo(OutputPaths.file(sitePath).toString());
        }
    }

    @Test
    void pathsThatLeaveTheOutputAreRefusedEitherWay() {
        for (String sitePath : new String[] {"/etc/passwd", "..", "../x", "a/../../x", "/"}) {
            assertThatThrownBy(() -> OutputPaths.fileName(sitePath)).as(sitePath).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
