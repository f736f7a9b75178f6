package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standfirst.Digests;

/**
 * The files the last build read, each by path, size, modification time and, where a build hashed it,
 * the digest of its bytes, kept in the build cache ({@value #NAME}). With them a file whose time
 * changed but whose bytes did not (touched, checked out again, saved unchanged) still counts as
 * unchanged, as it does in git's index, and the build stops as up to date.
 *
 * <p>A digest is taken before the build reads the file, and only for files whose stamp changed
 * since the last build, when there are at most {@value #HASH_LIMIT} of them (a first build or a fresh
 * checkout is not read twice: its files are known by their stamps until they change); the others
 * carry the digest they had. A changed time is trusted to hide unchanged bytes only when
 * it is later than the end of the build that recorded them: a file saved during a build may have
 * been read in between, by that build, with other bytes.
 */
final class KnownFiles {
    static final String NAME = "last-build-files";
    /** Beyond this many files with a new stamp, none is hashed: they are known by their stamps alone. */
    static final int HASH_LIMIT = 1000;
    private static final String NO_DIGEST = "";

    /** One file by its absolute path; {@code digest} is empty when it is not known. */
    record File(String path, long size, Instant modified, String digest) {
        boolean sameStamp(long size, Instant modified) {
            return this.size == size && this.modified.equals(modified);
        }
    }

    /**
     * @param settings the key of the settings and the folders the files were found in
     * @param inputs the key {@link LastBuild#inputs} made of these files, to tie them to the record of that build
     * @param start when the build that recorded them started: a stamp in its tick does not vouch for the bytes
     * @param finished when that build ended: a later time alone does not make a file changed
     */
    record Recorded(String settings, String inputs, Instant start, Instant finished, Map<String, File> files) {
    }

    /**
     * The files as this build found them, by path, with the digests known for them.
     *
     * @param same every file recorded is still there with the bytes it had, and no other: a file whose time
     *             changed counts only with a time after the recording build ended
     */
    record Found(String settings, List<File> files, boolean same) {
    }

    private KnownFiles() {
    }

    /** The key of the settings and of the folders read (their paths, and whether each exists). */
    static String settings(String settings, List<LastBuild.Folder> folders) {
        CacheKey key = CacheKey.of("settings").text(settings);
        for (LastBuild.Folder folder : folders) {
            key.text(folder.path().toAbsolutePath().normalize().toString()).flag(folder.stamps() != null);
        }
        return key.hex();
    }

    /**
     * The files of {@code folders} against {@code last}: digests carried where the stamp is the recorded
     * one, and taken now for files whose stamp is new, within {@link #HASH_LIMIT}.
     */
    static Found find(String settings, List<LastBuild.Folder> folders, Optional<Recorded> last) {
        Map<String, File> recorded = last.filter(r -> r.settings().equals(settings)).map(Recorded::files).orElse(Map.of());
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<IncrementalBuild.Stamp> stamps = new ArrayList<>();
        int unvouched = 0;
        for (LastBuild.Folder folder : folders) {
            if (folder.stamps() == null) continue;
            // A stamp's path is relative and normalised (a walk of the folder made it): resolved against the
            // folder's normal absolute path, it is normal and absolute too, with no work per file.
            Path base = folder.path().toAbsolutePath().normalize();
            for (IncrementalBuild.Stamp stamp : folder.stamps()) {
                Path file = base.resolve(stamp.path());
                String name = file.toString();
                paths.add(file);
                names.add(name);
                stamps.add(stamp);
                if (!vouched(recorded.get(name), stamp, last)) unvouched++;
            }
        }
        boolean hash = unvouched <= HASH_LIMIT;
        List<File> files = new ArrayList<>(paths.size());
        boolean same = !recorded.isEmpty() && paths.size() == recorded.size();
        for (int i = 0; i < paths.size(); i++) {
            String name = names.get(i);
            IncrementalBuild.Stamp stamp = stamps.get(i);
            File before = recorded.get(name);
            boolean vouched = vouched(before, stamp, last);
            String digest = vouched ? before.digest() : hash ? digest(paths.get(i)) : NO_DIGEST;
            same = same && (vouched || before != null && before.size() == stamp.size() && !digest.isEmpty()
                    && digest.equals(before.digest()) && (before.modified().equals(stamp.modified())
                    || stamp.modified().isAfter(last.get().finished())));
            files.add(new File(name, stamp.size(), stamp.modified(), digest));
        }
        return new Found(settings, files, same);
    }

    /** Whether the file is known by its stamp alone: the recorded one, from before the tick of the build that recorded it. */
    private static boolean vouched(File before, IncrementalBuild.Stamp stamp, Optional<Recorded> last) {
        return before != null && before.sameStamp(stamp.size(), stamp.modified())
                && FileTimes.settled(before.modified(), last.get().start());
    }

    /** The SHA-256 of a file's bytes, read in pieces (a static file may be a large video), or none when it cannot be read. */
    static String digest(Path file) {
        MessageDigest digest = Digests.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return NO_DIGEST;
        }
    }

    static Optional<Recorded> read(BuildCache cache) {
        return cache.read(NAME).flatMap(payload -> {
            try {
                DataInputStream in = BuildCache.input(payload);
                String settings = RecordCodec.readString(in);
                String inputs = RecordCodec.readString(in);
                Instant start = Instant.ofEpochSecond(in.readLong(), in.readInt());
                Instant finished = Instant.ofEpochSecond(in.readLong(), in.readInt());
                int count = in.readInt();
                Map<String, File> files = new HashMap<>(Math.max(16, count * 2));
                for (int i = 0; i < count; i++) {
                    String path = RecordCodec.readString(in);
                    long size = in.readLong();
                    Instant modified = Instant.ofEpochSecond(in.readLong(), in.readInt());
                    files.put(path, new File(path, size, modified, RecordCodec.readString(in)));
                }
                if (in.available() != 0 || files.size() != count) return Optional.empty();
                return Optional.of(new Recorded(settings, inputs, start, finished, files));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    static void write(BuildCache cache, Found found, String inputs, Instant start, Instant finished) {
        cache.write(NAME, out -> {
            RecordCodec.writeString(out, found.settings());
            RecordCodec.writeString(out, inputs);
            out.writeLong(start.getEpochSecond());
            out.writeInt(start.getNano());
            out.writeLong(finished.getEpochSecond());
            out.writeInt(finished.getNano());
            out.writeInt(found.files().size());
            for (File file : found.files()) {
                RecordCodec.writeString(out, file.path());
                out.writeLong(file.size());
                out.writeLong(file.modified().getEpochSecond());
                out.writeInt(file.modified().getNano());
                RecordCodec.writeString(out, file.digest());
            }
        });
    }
}
