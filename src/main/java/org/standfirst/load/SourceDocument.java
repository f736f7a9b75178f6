package org.standfirst.load;

import java.nio.file.Path;
import org.standfirst.model.SourceLocation;

/**
 * A Markdown file split into its YAML front matter and its body, with the line each part starts on.
 *
 * @param file the file on disk
 * @param frontMatterLine the line of the file holding the first line of YAML
 */
public record SourceDocument(SourceLocation source, Path file, String frontMatter, int frontMatterLine,
                             String body, int bodyLine) {

    public String path() {
        return source.path();
    }
}
