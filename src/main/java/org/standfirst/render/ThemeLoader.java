package org.standfirst.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pebble's view of {@link ThemeFiles}: a template is read from the templates folder when it has the
 * file, else from the built-in theme. Templates are named by their path inside the theme, so
 * Pebble's messages name them the same way wherever they come from.
 */
final class ThemeLoader implements Loader<String> {
    private final ThemeFiles files;

    ThemeLoader(ThemeFiles files) {
        this.files = files;
    }

    @Override
    public Reader getReader(String name) {
        Path file = files.find(name).orElseThrow(() -> new LoaderException(null, "Could not find template \"" + name + "\""));
        try {
            return new StringReader(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoaderException(e, "Could not read template \"" + name + "\": " + e.getMessage());
        }
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // names are paths inside the theme
    }

    @Override
    public void setSuffix(String suffix) {
        // names carry their extension
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return files.find(templateName).isPresent();
    }
}
