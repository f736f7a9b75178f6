package org.standfirst;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Work a build does on a thread of its own while the main thread goes on: one way to start it and to wait for it. */
public final class Background {
    private Background() {
    }

    /** Starts {@code task} on a daemon thread (it never keeps the JVM alive) and returns its result to come. */
    public static <T> FutureTask<T> start(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** Starts {@code task} and forgets it: for work whose only effect is to make later work quicker. */
    public static void run(String name, Runnable task) {
        start(name, () -> {
            task.run();
            return null;
        });
    }

    /** The task's result; what it threw, as an IOException (or the runtime exception it was). */
    public static <T> T await(FutureTask<T> task, String what) throws IOException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IOException("cannot " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to " + what);
        }
    }
}
