package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.standfirst.support.TestSite;

/** Every link between the README, the changelog and docs/ leads to a file of the repository. */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** Code blocks and code spans show examples of content, not links of the documentation. */
    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]*`", Pattern.DOTALL);

    @Test
    void everyRelativeLinkInTheDocumentationLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            String text = CODE.matcher(Files.readString(document, StandardCharsets.UTF_8)).replaceAll("");
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*") || target.startsWith("#")) continue;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (!Files.exists(document.getParent().resolve(file).normalize())) {
                    broken.add(TestSite.REPO.relativize(document) + ": " + target);
                }
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    void theReadmeStaysShort() throws IOException {
        assertThat(Files.readAllLines(TestSite.REPO.resolve("README.md"))).hasSizeLessThan(200);
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String name : List.of("README.md", "CHANGELOG.md")) {
            Path document = TestSite.REPO.resolve(name);
            if (Files.exists(document)) documents.add(document);
        }
        try (Stream<Path> docs = Files.walk(TestSite.REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        assertThat(documents).as("README.md and docs/").hasSizeGreaterThan(2);
        return documents;
    }
}
