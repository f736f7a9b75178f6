package org.standfirst.write;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Site paths as files of an output folder, and which of that folder's subfolders are real folders
 * rather than symbolic links someone placed there: the writers read, link and replace files only
 * through real folders, so nothing outside the output is ever read into the site or changed.
 */
final class OutputPaths {
    private final Path root;
    private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();

    OutputPaths(Path root) {
        this.root = root;
    }

    /**
     * The file a site path names, relative to the output ({@code ""} and {@code "x/"} name their
     * {@code index.html}); a path that would leave the output folder is refused.
     */
    static Path file(String sitePath) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        Path relative = Path.of(file).normalize();
        if (relative.isAbsolute() || relative.toString().isEmpty() || relative.startsWith("..")) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + sitePath);
        }
        return relative;
    }

    /**
     * {@link #file} as text, without making a Path when the site path is plainly relative (no empty,
     * "." or ".." part): a rebuild names every kept file this way.
     */
    static String fileName(String sitePath) {
        if (File.separatorChar != '/' || !plain(sitePath)) return file(sitePath).toString();
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    private static boolean plain(String sitePath) {
        int start = 0;
        for (int i = 0; i <= sitePath.length(); i++) {
            char c = i < sitePath.length() ? sitePath.charAt(i) : '/';
            if (c == '\0') return false;
            if (c != '/') continue;
            int length = i - start;
            // An empty part: "//" or a leading "/"; only a trailing "/" (a folder's index) may end in one.
            if (length == 0 && !(i == sitePath.length() && i > 0)) return false;
            if (length == 1 && sitePath.charAt(start) == '.') return false;
            if (length == 2 && sitePath.charAt(start) == '.' && sitePath.charAt(start + 1) == '.') return false;
            start = i + 1;
        }
        return true;
    }

    Path root() {
        return root;
    }

    /**
     * Whether {@code relative} (a file or folder under the root) is reached through real folders only,
     * so that opening it does not follow a symbolic link out of the output. Answers are remembered.
     */
    boolean reachable(Path relative) {
        Path parent = relative.getParent();
        return parent == null || isRealFolder(parent);
    }

    private boolean isRealFolder(Path relative) {
        Boolean known = realFolders.get(relative);
        if (known != null) return known;
        boolean real = reachable(relative) && isDirectory(root.resolve(relative));
        realFolders.put(relative, real);
        return real;
    }

    /** The attributes of the entry itself, never of what a link points to; null when there is none. */
    static BasicFileAttributes entry(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isDirectory(Path path) {
        BasicFileAttributes attributes = entry(path);
        return attributes != null && attributes.isDirectory();
    }

    static boolean isRegularFile(Path path) {
        BasicFileAttributes attributes = entry(path);
        return attributes != null && attributes.isRegularFile();
    }

    /** The size of a regular file at {@code path} (not through a link), or -1 when there is none. */
    static long size(Path path) {
        BasicFileAttributes attributes = entry(path);
        return attributes != null && attributes.isRegularFile() ? attributes.size() : -1;
    }
}
