package org.standfirst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each stage of a run took, for {@code --verbose}: where a slow build spends its time. */
public final class Stages {
    /** One stage: its name, its wall time, and what it did ("20 of 13,903 pages rendered"). */
    public record Stage(String name, double seconds, String note) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9s %6.2f s%s", name, seconds, note.isEmpty() ? "" : "  " + note);
        }
    }

    private final List<Stage> done = new ArrayList<>();
    private final long start = System.nanoTime();
    private long mark = start;

    /** Ends the stage running since the last call (or since this was made). */
    public void end(String name, String note) {
        long now = System.nanoTime();
        done.add(new Stage(name, (now - mark) / 1e9, note));
        mark = now;
    }

    /** Seconds since the first stage began. */
    public double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    public List<Stage> list() {
        return List.copyOf(done);
    }
}
