package org.standfirst.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folders a build keeps beside the output ({@code .site-output.staging-…}, {@code .old-…},
 * {@code .update-…}) and what to do with those a killed build left behind, before the next build
 * starts: a site left half-swapped is put back, an update whose journal is complete is finished
 * (rolled forward), and everything else is removed.
 */
final class Leftovers {
    static final String STAGING = "staging";
    static final String OLD = "old";
    static final String UPDATE = "update";

    private Leftovers() {
    }

    /** A new, unused name for a folder of this kind beside {@code output}. */
    static Path sibling(Path output, String kind) {
        return output.resolveSibling(prefix(output, kind) + UUID.randomUUID());
    }

    private static String prefix(Path output, String kind) {
        return "." + output.getFileName() + "." + kind + "-";
    }

    /**
     * Puts right what killed builds left beside {@code output}; run before a build touches anything.
     * The build holds the {@link OutputLock}, so nothing found here belongs to a build still running.
     */
    static void recover(Path output) throws IOException {
        List<Path> siblings;
        try (Stream<Path> all = Files.list(output.getParent())) {
            siblings = all.filter(p -> p.getFileName().toString().startsWith("." + output.getFileName() + "."))
                    .sorted().toList();
        }
        for (Path sibling : siblings) {
            if (is(sibling, output, OLD) && !Files.exists(output) && OutputPaths.isDirectory(sibling)) {
                Files.move(sibling, output, StandardCopyOption.ATOMIC_MOVE);
            } else if (is(sibling, output, STAGING) || is(sibling, output, OLD)) {
                SiteWriter.deleteTree(sibling);
            }
        }
        // After the swap leftovers: an update was made against the site that was in place.
        for (Path sibling : siblings) {
            if (!is(sibling, output, UPDATE)) continue;
            UpdateJournal journal = OutputPaths.isDirectory(sibling) ? UpdateJournal.read(sibling) : null;
            if (journal != null) journal.apply(output, sibling);
            SiteWriter.deleteTree(sibling);
        }
    }

    private static boolean is(Path sibling, Path output, String kind) {
        return sibling.getFileName().toString().startsWith(prefix(output, kind));
    }
}
