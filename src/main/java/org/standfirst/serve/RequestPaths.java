package org.standfirst.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a request's raw path to a file inside the served site, or refuses it. Anything that could
 * name a file outside the site — dot segments (also percent-encoded), backslashes, encoded slashes,
 * NUL bytes, malformed encoding — is a bad request; hidden files and symbolic links that lead out of
 * the site are not found. Checked on the raw path, before and after decoding, and finally on the real
 * path of the file, so no spelling of {@code ..} gets past.
 */
final class RequestPaths {
    /** What a request path names. */
    sealed interface Resolution {
        record Found(Path file) implements Resolution {
        }

        /** A folder asked for without its trailing slash: relative links on its page need the slash. */
        record Redirect(String location) implements Resolution {
        }

        record NotFound() implements Resolution {
        }

        record BadRequest(String reason) implements Resolution {
        }
    }

    private RequestPaths() {
    }

    static Resolution resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return new Resolution.BadRequest("the path must start with /");
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%5c")) return new Resolution.BadRequest("backslashes are not allowed");
        if (lower.contains("%2f")) return new Resolution.BadRequest("encoded slashes are not allowed");
        if (lower.contains("%00")) return new Resolution.BadRequest("NUL bytes are not allowed");
        String path;
        try {
            path = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new Resolution.BadRequest(e.getMessage());
        }
        Path file = root;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty()) continue;
            if (segment.equals(".") || segment.equals("..")) return new Resolution.BadRequest("dot segments are not allowed");
            // The build never writes hidden files; refusing them keeps editor and OS litter private.
            if (segment.startsWith(".")) return new Resolution.NotFound();
            try {
                file = file.resolve(segment);
            } catch (InvalidPathException e) {
                return new Resolution.BadRequest("not a file name: " + segment);
            }
        }
        if (!file.normalize().startsWith(root)) return new Resolution.BadRequest("the path leaves the site");
        if (Files.isDirectory(file)) {
            if (!rawPath.endsWith("/")) return new Resolution.Redirect(rawPath + "/");
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) return new Resolution.NotFound();
        try {
            // A symbolic link (in the site or in a static file's path) must not lead outside the site.
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) return new Resolution.NotFound();
            return new Resolution.Found(real);
        } catch (IOException e) {
            return new Resolution.NotFound();
        }
    }

    /** Percent-decoding for paths: '+' stays '+', and the bytes must be valid UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) throw new IllegalArgumentException("a % must be followed by two hex digits");
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) throw new IllegalArgumentException("a % must be followed by two hex digits");
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the path is not valid UTF-8");
        }
    }
}
