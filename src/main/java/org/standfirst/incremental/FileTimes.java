package org.standfirst.incremental;

import java.time.Duration;
import java.time.Instant;

/**
 * When a file's modification time can be trusted to tell its versions apart. File systems keep
 * times in ticks (2 s on FAT, 1 s on HFS+ and ext3, a few ms on ext4), so a file saved again within
 * the tick a build read it in, at the same length, looks unchanged. What the build cache keys by a
 * file's size and time is kept only for files last modified before that tick (as git does with
 * "racily clean" entries); the rest are read again by the next build.
 */
final class FileTimes {
    private static final Duration TICK = Duration.ofSeconds(2);

    private FileTimes() {
    }

    /** Whether a file modified at {@code modified} is known by its time to a build that started at {@code start}. */
    static boolean settled(Instant modified, Instant start) {
        return modified.isBefore(start.minus(TICK));
    }
}
