package org.standfirst.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process on the lock file of an output folder, as a running build would be: with {@code hold}
 * it locks the file, prints {@code locked} and keeps the lock until its input is closed (or it is
 * killed); with {@code probe} it prints {@code held} or {@code free} and exits.
 */
public final class LockHolder {
    private LockHolder() {
    }

    /** The lock file of {@code output}: {@code build.lock} in the cache folder beside it. */
    public static Path lockFile(Path output) {
        return output.resolveSibling(".standfirst-cache").resolve("build.lock");
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (args[0].equals("probe")) {
                System.out.println(lock == null ? "held" : "free");
                return;
            }
            if (lock == null) throw new IllegalStateException("the lock is held already");
            System.out.println("locked");
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream()); // until the test closes our input
        }
    }

    /** Starts a child JVM on the test class path that holds {@code output}'s lock, once it says so. */
    public static Process hold(Path output) throws IOException {
        Process holder = start("hold", output);
        String said = new String(holder.getInputStream().readNBytes("locked".length()));
        if (!said.equals("locked")) {
            holder.destroyForcibly();
            throw new IllegalStateException("the lock holder said: " + said + new String(holder.getErrorStream().readAllBytes()));
        }
        return holder;
    }

    /** Whether another process finds {@code output}'s lock held. */
    public static boolean heldForOthers(Path output) throws IOException, InterruptedException {
        Process probe = start("probe", output);
        String said = new String(probe.getInputStream().readAllBytes()).strip();
        if (!probe.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("the probe did not finish");
        return switch (said) {
            case "held" -> true;
            case "free" -> false;
            default -> throw new IllegalStateException("the probe said: " + said + new String(probe.getErrorStream().readAllBytes()));
        };
    }

    private static Process start(String mode, Path output) throws IOException {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), mode, lockFile(output).toString()))
                .start();
    }
}
