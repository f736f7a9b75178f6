package org.standfirst.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** A built site's body-text parts, read back as the browser reads them (see docs/search.md). */
public final class BodyTexts {
    private BodyTexts() {
    }

    /** The text of document {@code doc}'s body-text part in the site built into {@code site}. */
    public static String of(Path site, int doc) {
        try {
            String name = "e/" + doc;
            String part = Files.readString(site.resolve("search/" + name + ".js"), StandardCharsets.UTF_8);
            String head = "StandfirstSearch.part(\"" + name + "\",{\"e\":\"";
            if (!part.startsWith(head) || !part.endsWith("\"});\n")) throw new IllegalStateException("not a body-text part: " + part);
            return inflated(part.substring(head.length(), part.length() - 5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link AnalysedPiece#deflated} made of a text. */
    static String inflated(String base64) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(Base64.getDecoder().decode(base64));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) throw new IllegalStateException("a truncated body text");
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("not raw DEFLATE", e);
        } finally {
            inflater.end();
        }
    }
}
