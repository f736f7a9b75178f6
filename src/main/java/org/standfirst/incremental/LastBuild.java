package org.standfirst.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.standfirst.model.Problem;

/**
 * What the last successful build was made from, kept in the build cache ({@value #NAME}), so a build
 * whose inputs have not changed since (the same files by path, size and modification time, the same
 * settings) and whose output still holds what that build wrote can stop at once, as make and Gradle
 * do. Its problems are kept too and reported again.
 */
final class LastBuild {
    static final String NAME = "last-build";
    private static final RecordCodec<State> CODEC = RecordCodec.of(State.class);

    /**
     * @param inputs the key of everything the build read
     * @param unsettled the files whose time could not yet be trusted (see {@link FileTimes}), with
     *                  the digest of their bytes as the build found them: checked by their bytes
     */
    record State(String inputs, List<Problem> problems, int pages, int pieces, int drafts, List<Unsettled> unsettled) {
        State {
            problems = List.copyOf(problems);
            unsettled = List.copyOf(unsettled);
        }

        IncrementalBuild.UpToDate outcome() {
            return new IncrementalBuild.UpToDate(problems, pages, pieces, drafts);
        }
    }

    /** A file by its absolute path, and the digest of its bytes. */
    record Unsettled(String path, String digest) {
        /** The file still holds the bytes it had. */
        boolean holds() {
            return of(Path.of(path)).map(this::equals).orElse(false);
        }

        static Optional<Unsettled> of(Path file) {
            String digest = KnownFiles.digest(file);
            return digest.isEmpty() ? Optional.empty() : Optional.of(new Unsettled(file.toString(), digest));
        }
    }

    private LastBuild() {
    }

    /** The key of {@code settings} and of the files of each folder, in path order (a folder of null stamps is missing). */
    static String inputs(String settings, List<Folder> folders) {
        CacheKey key = CacheKey.of("inputs").text(settings);
        for (Folder folder : folders) {
            key.text(folder.path().toAbsolutePath().normalize().toString()).flag(folder.stamps() != null);
            if (folder.stamps() == null) continue;
            IncrementalBuild.Stamp[] stamps = folder.stamps().toArray(new IncrementalBuild.Stamp[0]);
            Arrays.sort(stamps, Comparator.comparing(IncrementalBuild.Stamp::path));
            key.number(stamps.length);
            for (IncrementalBuild.Stamp stamp : stamps) {
                key.text(stamp.path()).number(stamp.size()).number(stamp.modified().getEpochSecond())
                        .number(stamp.modified().getNano());
            }
        }
        return key.hex();
    }

    /** A folder the build reads, with the stamps of its files (null when it is missing). */
    record Folder(Path path, List<IncrementalBuild.Stamp> stamps) {
    }

    /** The stamps of every regular file under {@code folder} (through links), or null when it is missing. */
    static List<IncrementalBuild.Stamp> stamps(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return null;
        List<IncrementalBuild.Stamp> stamps = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) continue;
                stamps.add(new IncrementalBuild.Stamp(folder.relativize(file).toString(), attributes.size(),
                        attributes.lastModifiedTime().toInstant()));
            }
        }
        return stamps;
    }

    static Optional<State> read(BuildCache cache) {
        return cache.read(NAME).flatMap(payload -> {
            try {
                return Optional.of(CODEC.read(BuildCache.input(payload)));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    static void write(BuildCache cache, State state) {
        cache.write(NAME, out -> CODEC.write(out, state));
    }
}
