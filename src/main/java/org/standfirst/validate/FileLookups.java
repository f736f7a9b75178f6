package org.standfirst.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standfirst.validate.ArticleMemo.Lookup;

/**
 * The content folder's files as one article's reader consults them. Every answer is noted, so an
 * article kept from an earlier build is reused only while each of them would still be the same
 * (its image still there, its PDF still missing, or still as long).
 */
final class FileLookups {
    private final Path root;
    private final Set<String> files;
    private final List<Lookup> asked = new ArrayList<>();

    /**
     * @param files every file of the content folder, by relative path
     */
    FileLookups(Path root, Set<String> files) {
        this.root = root;
        this.files = files;
    }

    /** Whether the content folder holds the file at this relative path. */
    boolean exists(String path) {
        boolean exists = files.contains(path);
        asked.add(new Lookup(path, exists, Lookup.NOT_ASKED));
        return exists;
    }

    /** The size in bytes of the file at this relative path. */
    long size(String path) throws IOException {
        long bytes = Files.size(root.resolve(path));
        asked.add(new Lookup(path, true, bytes));
        return bytes;
    }

    /** What was asked so far, in order. */
    List<Lookup> asked() {
        return List.copyOf(asked);
    }
}
