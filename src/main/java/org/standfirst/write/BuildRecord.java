package org.standfirst.write;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.standfirst.Digests;
import org.standfirst.model.Problem;

/**
 * What the last successful build was made from, kept in the cache folder, so a build whose inputs
 * have not changed since (same files by path, size and modification time, same options, same
 * Standfirst) and whose output still holds what that build wrote (the pipeline checks the page
 * index) can stop at once — as make and Gradle do. Its problems are kept too and reported again. A
 * build that held pieces back for a future date never counts as up to date: time alone may have made
 * them due.
 */
public final class BuildRecord {
    private static final String FILE = "last-build";
    private static final String FORMAT = "standfirst-build-record-2";

    /**
     * @param inputs the fingerprint of everything the build read
     */
    public record State(String inputs, List<Problem> problems, int pages, int pieces, int drafts) {
        public State {
            problems = List.copyOf(problems);
        }
    }

    private BuildRecord() {
    }

    /**
     * The fingerprint of the options that shape the output and of the files of each folder, given as
     * {@link #line}s (a folder whose files are null is missing).
     */
    public static String inputs(String options, Map<Path, List<String>> folders) {
        MessageDigest digest = Digests.sha256();
        update(digest, FORMAT);
        update(digest, options);
        for (Map.Entry<Path, List<String>> folder : folders.entrySet()) {
            update(digest, "folder " + folder.getKey().toAbsolutePath().normalize());
            if (folder.getValue() == null) {
                update(digest, "missing");
                continue;
            }
            List<String> lines = new ArrayList<>(folder.getValue());
            lines.sort(null);
            for (String line : lines) update(digest, line);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** How a file enters the fingerprint: its path in its folder, size and modification time. */
    public static String line(String path, long size, Instant modified) {
        return path + "\t" + size + "\t" + modified;
    }

    /** The lines of every regular file under {@code folder} (through links), or null when it is missing. */
    public static List<String> lines(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return null;
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) continue;
                lines.add(line(folder.relativize(file).toString(), attributes.size(), attributes.lastModifiedTime().toInstant()));
            }
        }
        return lines;
    }

    public static Optional<State> read(Path cache) {
        Path file = cache.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (!in.readUTF().equals(FORMAT)) return Optional.empty();
            String inputs = in.readUTF();
            int pages = in.readInt();
            int pieces = in.readInt();
            int drafts = in.readInt();
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) return Optional.empty();
            List<Problem> problems = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                problems.add(new Problem(Problem.Severity.valueOf(in.readUTF()), in.readUTF(), in.readInt(), in.readInt(),
                        in.readUTF(), in.readUTF()));
            }
            return Optional.of(new State(inputs, problems, pages, pieces, drafts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: the build simply runs
        }
    }

    public static void write(Path cache, State state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(state.inputs());
            out.writeInt(state.pages());
            out.writeInt(state.pieces());
            out.writeInt(state.drafts());
            out.writeInt(state.problems().size());
            for (Problem problem : state.problems()) {
                out.writeUTF(problem.severity().name());
                out.writeUTF(problem.path());
                out.writeInt(problem.line());
                out.writeInt(problem.column());
                out.writeUTF(problem.message());
                out.writeUTF(problem.hint());
            }
        }
        Files.createDirectories(cache);
        Path temporary = cache.resolve(FILE + ".tmp");
        Files.write(temporary, bytes.toByteArray());
        Files.move(temporary, cache.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the last build, so the next one runs in full. */
    public static void forget(Path cache) throws IOException {
        Files.deleteIfExists(cache.resolve(FILE));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
