package org.standfirst.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void formatsPathLineColumnMessageAndHint() {
        assertThat(new Problem(Problem.Severity.ERROR, "a.md", 3, 7, "bad", "fix it").format())
                .isEqualTo("a.md:3:7: bad — fix it");
        assertThat(Problem.warning(new SourceLocation("a.md", 2), "odd", "").format()).isEqualTo("a.md:2: warning: odd");
        assertThat(Problem.error(SourceLocation.file("templates"), "missing", "create it").format())
                .isEqualTo("templates: missing — create it");
    }

    @Test
    void sortsByPathThenLineAndKeepsDuplicatesOnce() {
        Problems problems = new Problems();
        problems.error(new SourceLocation("b.md", 1), "x", "");
        problems.error(new SourceLocation("a.md", 10), "y", "");
        problems.warning(new SourceLocation("a.md", 2), "z", "");
        problems.error(new SourceLocation("a.md", 10), "y", "");
        List<String> lines = problems.sorted().stream().map(Problem::format).toList();
        assertThat(lines).containsExactly("a.md:2: warning: z", "a.md:10: y", "b.md:1: x");
        assertThat(problems.errorCount()).isEqualTo(2);
        assertThat(problems.warningCount()).isEqualTo(1);
    }
}
