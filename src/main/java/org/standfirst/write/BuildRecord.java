package org.standfirst.write;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    private static final String FORMAT = "standfirst-build-record-3";

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

    /** How a file enters the fingerprint: its path in its folder, size and modification time. */
    public record Stamp(String path, long size, Instant modified) {
    }

    /**
     * The fingerprint of the options that shape the output and of the files of each folder (a folder
     * whose stamps are null is missing). Stamps go into the digest as bytes, in path order: at 10,000
     * files, making a line of text of each (with its time as ISO text) cost a rebuild 60 ms.
     */
    public static String inputs(String options, Map<Path, List<Stamp>> folders) {
        MessageDigest digest = Digests.sha256();
        update(digest, FORMAT);
        update(digest, options);
        ByteBuffer numbers = ByteBuffer.allocate(Long.BYTES * 2 + Integer.BYTES);
        for (Map.Entry<Path, List<Stamp>> folder : folders.entrySet()) {
            update(digest, "folder " + folder.getKey().toAbsolutePath().normalize());
            if (folder.getValue() == null) {
                update(digest, "missing");
                continue;
            }
            Stamp[] stamps = folder.getValue().toArray(new Stamp[0]);
            Arrays.sort(stamps, Comparator.comparing(Stamp::path));
            update(digest, Integer.toString(stamps.length));
            for (Stamp stamp : stamps) {
                update(digest, stamp.path());
                numbers.clear();
                numbers.putLong(stamp.size()).putLong(stamp.modified().getEpochSecond()).putInt(stamp.modified().getNano());
                digest.update(numbers.array());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The stamps of every regular file under {@code folder} (through links), or null when it is missing. */
    public static List<Stamp> stamps(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return null;
        List<Stamp> stamps = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) continue;
                stamps.add(new Stamp(folder.relativize(file).toString(), attributes.size(),
                        attributes.lastModifiedTime().toInstant()));
            }
        }
        return stamps;
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
