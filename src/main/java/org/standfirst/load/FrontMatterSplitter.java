package org.standfirst.load;

import java.nio.file.Path;
import java.util.Optional;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;

/**
 * Splits a Markdown file into YAML front matter (between two {@code ---} lines) and body.
 * A small line scanner rather than flexmark's YAML front-matter extension: loading then costs no
 * Markdown parse, bodies are parsed once at render time, and we know exactly which file line each
 * part starts on.
 */
final class FrontMatterSplitter {
    private static final String FENCE = "---";

    private FrontMatterSplitter() {
    }

    static Optional<SourceDocument> split(String path, Path file, String text, Problems problems) {
        SourceLocation source = SourceLocation.file(path);
        if (text.isBlank()) {
            problems.error(source.atLine(1), "the file is empty",
                    "write front matter with at least `title` and `date` between `---` lines, or delete the file");
            return Optional.empty();
        }
        if (!isFence(firstLine(text, 0))) {
            problems.error(source.atLine(1), "no front matter: the file must start with a `---` line",
                    "add `---`, then `title: …` and `date: YYYY-MM-DD`, then `---` above the text");
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        if (yamlStart == 0) yamlStart = text.length();
        int line = 2;
        for (int at = yamlStart; at < text.length(); line++) {
            String current = firstLine(text, at);
            int next = at + current.length() + 1;
            if (isFence(current) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(yamlStart, at);
                String body = next < text.length() ? text.substring(next) : "";
                return Optional.of(new SourceDocument(source.atLine(1), file, yaml, 2, body, line + 1));
            }
            at = next;
        }
        problems.error(source.atLine(1), "the front matter opened on line 1 is never closed",
                "add a line with `---` after the last front-matter key");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    private static String firstLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.substring(from) : text.substring(from, end);
    }
}
