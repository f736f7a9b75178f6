package org.standfirst.incremental;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JVM's class-data archive of Standfirst's classes, kept in the build cache ({@value #AREA}/): a
 * rebuild's JVM maps the classes it needs, parsed and verified, instead of loading them from the jar,
 * which takes a large part of a short rebuild. The JVM writes the archive itself as a rebuild exits
 * ({@code -XX:ArchiveClassesAtExit}); later runs use it ({@code -XX:SharedArchiveFile}).
 *
 * <p>{@code java -jar} gives the option to the second JVM it starts. The distribution's script, which
 * starts one JVM and reads no argument, gives it for the archive in the build cache of the folder it
 * starts in ({@link #foundByScript}), which is where a build into an output there keeps it.
 *
 * <p>An archive holds only for the JVM and the class path that made it, so its name is the key of
 * both: another Java or another jar finds none and makes its own. A JVM that finds an archive it
 * cannot use runs without it; its notices about class sharing are turned off, so a build prints the
 * same either way.
 */
public final class ClassArchive {
    static final String AREA = "jvm";
    private static final String SUFFIX = ".jsa";
    private static final String QUIET = "-Xlog:cds*=off";
    /** The option that has the JVM write the archive as it exits. */
    private static final String MAKE = "-XX:ArchiveClassesAtExit=";
    /** The option that has the JVM map the archive. */
    private static final String USE = "-XX:SharedArchiveFile=";
    /** Free space the archive is made in only beyond: a few times its size. */
    private static final long ROOM = 256L << 20;

    private final Path archive;
    private final Path staged;
    /** Marks that a rebuild ran with this JVM and class path: the next makes the archive. */
    private final Path seen;
    /** The page index of the build's output, which every build that renders writes anew. */
    private final Path pageIndex;
    /** The page index as it was before the build that makes the archive; null when it was not asked. */
    private Stamp indexBefore;

    private ClassArchive(Path archive, Path pageIndex) {
        this.archive = archive;
        this.pageIndex = pageIndex;
        this.seen = archive.resolveSibling(archive.getFileName() + ".seen");
        this.staged = archive.resolveSibling(archive.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    }

    /**
     * The archive for a build into {@code output} by this JVM and class path, or none when that build has
     * no cache folder yet or the class path is not made of jars alone (class sharing needs jars).
     */
    public static Optional<ClassArchive> beside(Path output) {
        Path cache = IncrementalBuild.cacheFor(output);
        if (cache == null || !Files.isDirectory(cache)) return Optional.empty();
        return key(System.getProperty("java.home", ""), System.getProperty("java.vm.version", ""),
                System.getProperty("java.class.path", ""))
                .map(key -> new ClassArchive(cache.resolve(AREA).resolve(key + SUFFIX), cache.resolve(PageIndex.name(output))));
    }

    /**
     * Whether bin/standfirst, started in the current folder, finds the archive of a build into
     * {@code output}: the output's build cache is the current folder's.
     */
    public static boolean foundByScript(Path output) {
        Path cache = IncrementalBuild.cacheFor(output);
        return cache != null && cache.equals(Path.of("").toAbsolutePath().resolve(IncrementalBuild.CACHE_FOLDER));
    }

    /** Whether {@link #options} gave {@code options} to make the archive, rather than to use it. */
    public static boolean makes(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith(MAKE));
    }

    /** Whether {@code options} are the two bin/standfirst maps an archive with: the archive, then {@value #QUIET}. */
    public static boolean isScriptOptions(List<String> options) {
        return options.size() == 2 && options.get(0).startsWith(USE) && options.get(1).equals(QUIET)
                && options.get(0).endsWith(SUFFIX);
    }

    /** The key of a JVM and a class path: every jar by path, size and modification time. */
    static Optional<String> key(String javaHome, String vmVersion, String classPath) {
        if (classPath.isEmpty()) return Optional.empty();
        CacheKey key = CacheKey.of("class-archive").text(javaHome).text(vmVersion);
        for (String entry : classPath.split(File.pathSeparator)) {
            try {
                Path jar = Path.of(entry).toAbsolutePath().normalize();
                BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
                if (!attributes.isRegularFile() || !entry.endsWith(".jar")) return Optional.empty();
                key.text(jar.toString()).number(attributes.size()).number(attributes.lastModifiedTime().toMillis());
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(key.hex());
    }

    /**
     * The JVM options that use the archive or, when {@code make} (a check writes nothing), make it at
     * exit. It is made by the second rebuild with one jar, not the first: a CI job builds its jar
     * afresh, and the JVM trusts an archive only with the jar of the same time, so an archive made
     * there would never be used, and making one costs a fraction of a second.
     */
    public List<String> options(boolean make) {
        if (Files.isRegularFile(archive)) return List.of(USE + archive, QUIET);
        if (!make) return List.of();
        try {
            Files.createDirectories(archive.getParent());
            if (!Files.exists(seen)) {
                deleteOthers(seen);
                Files.createFile(seen);
                return List.of();
            }
            // A JVM that cannot write its archive exits with an error, whatever the build did.
            if (Files.getFileStore(archive.getParent()).getUsableSpace() < ROOM) return List.of();
            indexBefore = stamp(pageIndex);
        } catch (IOException e) {
            return List.of();
        }
        return List.of(MAKE + staged, QUIET);
    }

    /**
     * For the JVM that makes the archive: its folder is made again, should the build have emptied the
     * cache, before the JVM writes the archive as it exits (a JVM that cannot write it exits with an error).
     */
    public static void prepareToMake(String staged) {
        try {
            Files.createDirectories(Path.of(staged).getParent());
        } catch (IOException | RuntimeException e) {
            // Then the JVM reports it cannot write the archive.
        }
    }

    /** The path of the archive the JVM makes, for {@link #prepareToMake}. */
    public String staged() {
        return staged.toString();
    }

    /**
     * Puts the archive the JVM wrote at exit in its place, whole or not at all, and deletes everything
     * of other JVMs and jars (an upgrade leaves an archive behind) and leftovers of killed runs.
     *
     * <p>An archive holds only the classes its run loaded. A build that found the site up to date (or
     * failed) left the page index as it was, and loaded too few of the classes an edit needs, so its
     * archive is dropped, and the next rebuild makes one again.
     */
    public void install() {
        try {
            if (!Files.isRegularFile(staged)) return;
            if (Files.size(staged) == 0 || stamp(pageIndex).equals(indexBefore)) {
                Files.delete(staged);
                return;
            }
            Files.move(staged, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteOthers(archive);
        } catch (IOException e) {
            // Made again by a later rebuild, which also deletes what was left here.
        }
    }

    /** A file's identity, time and size, which a file written anew and moved in place changes. */
    private record Stamp(Object fileKey, FileTime time, long size) {
        static final Stamp NONE = new Stamp(null, null, -1);
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            return Stamp.NONE;
        }
    }

    /** Deletes every file of the archive's folder but {@code kept} and the temporary files of running builds. */
    private void deleteOthers(Path kept) throws IOException {
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.toList()) {
                if (file.equals(kept) || BuildCache.ownedByRunningBuild(file.getFileName().toString())) continue;
                Files.deleteIfExists(file);
            }
        }
    }
}
