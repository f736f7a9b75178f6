package org.standfirst.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees (content/ with its site.yml, templates/) and calls back once per burst of
 * changes: after the first change it waits until the files have been quiet for {@code quiet}, but no
 * longer than {@code longest}, so a "save all" or an editor's write-rename-delete dance is one rebuild,
 * and a file that never stops changing still gets rebuilt. Callbacks run on the watcher's own thread,
 * one at a time; changes made meanwhile queue up and make the next burst.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Duration longest;
    private final Consumer<List<Path>> onChange;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Duration quiet, Duration longest, Consumer<List<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.longest = longest;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerTree(root);
        }
        this.thread = new Thread(this::loop, "standfirst-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir)) return FileVisitResult.SKIP_SUBTREE;
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                TreeSet<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                long deadline = System.nanoTime() + longest.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) onChange.accept(List.copyOf(changed));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the server is stopping.
        }
    }

    private void collect(WatchKey key, TreeSet<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                // Events were lost; rebuild anyway, naming the folder.
                changed.add(folder == null ? Path.of("") : folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored(path)) continue;
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // The folder vanished again before we could watch it; its deletion is an event too.
                }
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    /** Hidden files (editor swap files, .DS_Store) and backups are not part of the site: the loader skips them. */
    private static boolean ignored(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    /** Stops watching, and waits for a callback under way (a rebuild) to end, so nothing runs after. */
    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
