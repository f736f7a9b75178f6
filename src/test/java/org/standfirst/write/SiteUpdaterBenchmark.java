package org.standfirst.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test (Surefire runs only *Test classes): times a one-article rebuild of a 10,000-piece site's
 * output (34,000 files in 14,000 folders), in place and staged. Every file is kept but 30, which
 * change.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.standfirst.write.SiteUpdaterBenchmark [PARENT_DIR] [ROUNDS]
 * </pre>
 *
 * <p>On the 2-core development machine, shared with other builds (27 November 2026): commit of the
 * update 185–330 ms (the first, in a cold JVM, the slowest; the walk of the output 165–230 ms of it),
 * against 2.2–3.0 s to open, name and commit a staged build, and far more when the disk is busy.
 */
public final class SiteUpdaterBenchmark {
    private static final int PIECES = 10_000;
    private static final int LISTINGS = 4_000;
    private static final int CHANGED = 30;

    public static void main(String[] args) throws Exception {
        // A folder of its own, deleted at the end: never the folder given, which may hold other things.
        Path dir = args.length > 0 ? Files.createTempDirectory(Files.createDirectories(Path.of(args[0])), "standfirst-bench")
                : Files.createTempDirectory("standfirst-bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path output = dir.resolve("site-output");
        List<String> files = siteFiles();
        try (SiteWriter writer = SiteWriter.open(output, List.of())) {
            for (String file : files) writer.page(file, page(file, 0));
            writer.commit();
        }
        System.out.printf(Locale.ROOT, "%,d files in %s%n", files.size(), output);
        for (int round = 1; round <= rounds; round++) {
            long opened = System.nanoTime();
            long named;
            long committed;
            SiteUpdater.Changes changes;
            try (SiteUpdater updater = SiteUpdater.open(output, List.of())) {
                name(updater, files, round);
                named = System.nanoTime();
                updater.commit();
                changes = updater.changes();
                committed = System.nanoTime();
            }
            long closed = System.nanoTime();
            System.out.printf(Locale.ROOT, "in place: open+name %4.0f ms, commit %4.0f ms, total %4.0f ms  %s%n",
                    ms(named - opened), ms(committed - named), ms(closed - opened), changes);
        }
        for (int round = 1; round <= Math.min(rounds, 3); round++) {
            long opened = System.nanoTime();
            long named;
            try (SiteWriter writer = SiteWriter.open(output, List.of())) {
                name(writer, files, rounds + round);
                named = System.nanoTime();
                writer.commit();
            }
            long closed = System.nanoTime();
            System.out.printf(Locale.ROOT, "staged:   open+name %4.0f ms, commit %4.0f ms, total %4.0f ms%n",
                    ms(named - opened), ms(closed - named), ms(closed - opened));
        }
        compareScans(output, files, rounds * 2);
        SiteWriter.deleteTree(dir);
    }

    /** The walk of {@link OutputTree} with {@link OutputScan} against one {@code Files.walkFileTree}, interleaved. */
    private static void compareScans(Path output, List<String> files, int rounds) throws Exception {
        java.util.Set<String> live = new java.util.HashSet<>();
        for (String file : files) live.add(OutputPaths.file(file).toString());
        long[] parallel = new long[rounds];
        long[] sequential = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            OutputScan.of(OutputTree.walk(output), live, OutputScan.folders(live), sizes(output, live));
            parallel[round] = System.nanoTime() - start;
            start = System.nanoTime();
            int[] found = new int[1];
            Files.walkFileTree(output, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (live.contains(output.relativize(file).toString()) && attributes.isRegularFile()) found[0]++;
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            sequential[round] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(parallel);
        java.util.Arrays.sort(sequential);
        System.out.printf(Locale.ROOT, "scan of the output, median of %d: OutputTree+OutputScan %.0f ms, walkFileTree %.0f ms (%d cores)%n",
                rounds, ms(parallel[rounds / 2]), ms(sequential[rounds / 2]), Runtime.getRuntime().availableProcessors());
    }

    /** Keeps every file but {@link #CHANGED} spread over the site, which get new bytes. */
    private static void name(OutputWriter sink, List<String> files, int round) {
        int step = files.size() / CHANGED;
        for (int i = 0; i < files.size(); i++) {
            if (i % step == 0 && i / step < CHANGED) sink.page(files.get(i), page(files.get(i), round));
            else sink.keep(files.get(i), -2); // sizes are not what this measures
        }
    }

    private static List<String> siteFiles() {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < PIECES; i++) {
            String folder = "commentary/" + (2000 + i % 25) + "/piece-" + i + "/";
            files.add(folder);
            files.add(folder + "piece-" + i + ".bib");
            files.add(folder + "piece-" + i + ".ris");
        }
        for (int i = 0; i < LISTINGS; i++) files.add("topics/topic-" + i / 40 + "/page/" + (i % 40 + 1) + "/");
        return files;
    }

    private static String page(String file, int version) {
        return "<!doctype html><title>" + file + "</title><p>version " + version + "</p>" + "x".repeat(2000);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static java.util.Map<String, Long> sizes(Path output, java.util.Set<String> files) throws java.io.IOException {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (String file : files) out.put(file, Files.size(output.resolve(file)));
        return out;
    }
}
