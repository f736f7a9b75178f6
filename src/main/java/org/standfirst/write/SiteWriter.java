package org.standfirst.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a build into a staging folder beside the output ({@code .site-output.staging-…}) and swaps
 * it in only when the whole build succeeded, so a failed or killed build leaves the previous site
 * exactly as it was; stale pages vanish with the old folder. Leftovers of killed builds are cleaned
 * up (or, if a build died mid-swap, the old site is put back) when the next build starts (see
 * {@link Leftovers}). {@link SiteUpdater} is the in-place alternative for small changes to big sites.
 */
public final class SiteWriter implements OutputWriter {
    /** Copied files larger than this are copied again rather than compared (PDFs, large images). */
    private static final long LINK_COMPARE_LIMIT = 4 * 1024 * 1024;
    private final Path output;
    private final Path staging;
    private final OutputPaths previousFiles;
    private final boolean holdsPrevious;
    private boolean committed;
    private final AtomicInteger changedCopies = new AtomicInteger();
    /**
     * The staging folder's sub-folders made so far. Only this writer makes folders in it, so a folder made
     * once is there for every later file: asking the file system again for each of tens of thousands of
     * files costs a failed mkdir, an exception and a stat apiece.
     */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    private SiteWriter(Path output, Path staging, boolean holdsPrevious) {
        this.output = output;
        this.staging = staging;
        this.previousFiles = new OutputPaths(output);
        this.holdsPrevious = holdsPrevious;
    }

    /**
     * Refuses output folders whose replacement would destroy something (see {@link OutputGuard});
     * returns the output's real path, beside which its staging and update folders go.
     */
    public static Path checkSafe(Path output, List<Path> sources) throws UnsafeOutput {
        Path out = OutputGuard.canonical(output);
        OutputGuard.check(out, sources);
        return out;
    }

    /** Prepares a staging folder for {@code output}, after checking the output is safe to replace. */
    public static SiteWriter open(Path output, List<Path> sources) throws UnsafeOutput, IOException {
        Path out = prepare(output, sources);
        Path staging = Leftovers.sibling(out, Leftovers.STAGING);
        Files.createDirectory(staging);
        return new SiteWriter(out, staging, OutputPaths.isDirectory(out));
    }

    /**
     * The real path of {@code output}, once it is known to be safe to write and whatever a killed
     * build left beside it has been put right.
     */
    static Path prepare(Path output, List<Path> sources) throws UnsafeOutput, IOException {
        Path out = OutputGuard.canonical(output);
        OutputGuard.check(out, sources);
        if (Files.exists(out) && !Files.isDirectory(out)) throw new UnsafeOutput("the output path is a file, not a folder");
        Files.createDirectories(out.getParent());
        Leftovers.recover(out);
        return out;
    }

    @Override
    public void file(String sitePath, byte[] bytes) {
        write(sitePath, bytes);
    }

    public void write(String sitePath, byte[] bytes) {
        try {
            Path target = target(sitePath);
            folder(target.getParent());
            if (!linkedUnchanged(target, bytes)) Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file the previous build wrote with the same bytes is hard-linked into the staging folder
     * instead of written again: a rebuild then writes only what changed, and unchanged files keep
     * their modification times (which deploy tools such as rsync use). Old files are never modified,
     * only replaced, so sharing them is safe; where links are not supported the file is written.
     */
    private boolean linkedUnchanged(Path target, byte[] bytes) {
        Path relative = staging.relativize(target);
        Path previous = output.resolve(relative);
        try {
            // Never through a link placed in the output: the site would share a file outside it.
            if (!previousFiles.reachable(relative) || !OutputPaths.isRegularFile(previous)
                    || Files.size(previous) != bytes.length
                    || !Arrays.equals(Files.readAllBytes(previous), bytes)) {
                return false;
            }
            Files.createLink(target, previous);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void copy(String sitePath, Path source) {
        try {
            Path target = target(sitePath);
            folder(target.getParent());
            if (Files.size(source) < LINK_COMPARE_LIMIT && linkedUnchanged(target, Files.readAllBytes(source))) return;
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            changedCopies.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hard-links the previous build's file into the staging folder (copies it where links are not
     * supported). The renderer keeps only files it saw in the output, so a missing one means the
     * output changed under the build, or a link was put in its way: the build stops rather than
     * publish a site without it.
     */
    @Override
    public void keep(String sitePath, long size) {
        Path relative = OutputPaths.file(sitePath);
        Path source = output.resolve(relative);
        if (!holdsPrevious || !previousFiles.reachable(relative) || !OutputPaths.isRegularFile(source)
                || OutputPaths.size(source) != size) {
            throw new IllegalStateException("cannot keep " + relative + ": the previous build's file is no longer in "
                    + output + " (or lies behind a symbolic link) — build again with --no-cache");
        }
        try {
            Path target = target(sitePath);
            folder(target.getParent());
            try {
                Files.createLink(target, source);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) throw e;
                Files.copy(source, target); // no hard links here (another device, a FAT disk)
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files too large to compare count as changed. */
    @Override
    public int changedCopies() {
        return changedCopies.get();
    }

    /** True when there is a previous output, whose files {@link #keep} can link. */
    public boolean holdsPrevious() {
        return holdsPrevious;
    }

    /** Makes {@code folder} (and its parents) the first time a file goes into it; other threads wait for that. */
    private void folder(Path folder) throws IOException {
        try {
            folders.computeIfAbsent(folder, made -> {
                try {
                    Files.createDirectories(made);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The staging file for a site path; a path that would leave the output folder is refused. */
    private Path target(String sitePath) {
        return staging.resolve(OutputPaths.file(sitePath));
    }

    /** A folder inside the staging folder, removed before the swap, so it never reaches the output. */
    @Override
    public synchronized Path scratch() {
        Path scratch = staging.resolve(".standfirst-scratch");
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scratch;
    }

    /** Swaps the staged site in place of the old one. */
    @Override
    public void commit() throws IOException {
        deleteTree(staging.resolve(".standfirst-scratch"));
        Path old = Leftovers.sibling(output, Leftovers.OLD);
        boolean hadOutput = Files.exists(output);
        if (hadOutput) Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (hadOutput) deleteTree(old);
    }

    /** Drops the staging folder unless the build was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    /** Deletes a folder and everything in it, symbolic links included but never what they point to. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
