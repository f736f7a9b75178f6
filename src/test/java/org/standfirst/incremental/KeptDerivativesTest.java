package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.render.image.Derivative;
import org.standfirst.render.image.ImageMemo;

class KeptDerivativesTest {
    private static final Instant LAST_WEEK = Instant.parse("2026-11-25T10:00:00Z");
    private static final ImageMemo.Source SOURCE = new ImageMemo.Source("ab".repeat(32), 1600, 900);

    @TempDir
    Path dir;

    private KeptDerivatives open() {
        List<String> notices = new ArrayList<>();
        return new KeptDerivatives(BuildCache.open(dir.resolve("cache"), "code", false, notices::add));
    }

    @Test
    void aSourceSavedLongAgoIsKnownByItsLengthAndTimeAlone() throws Exception {
        Path file = Files.write(dir.resolve("lead.jpg"), new byte[] {1, 2, 3});
        open().rememberSource(file, 3, LAST_WEEK, SOURCE);
        KeptDerivatives next = open();
        assertThat(next.recallSource(file, 3, LAST_WEEK)).contains(SOURCE);
        assertThat(next.recallSource(file, 4, LAST_WEEK)).as("another length").isEmpty();
        assertThat(next.recallSource(file, 3, LAST_WEEK.plusNanos(1))).as("another time").isEmpty();
        assertThat(next.recallSource(dir.resolve("other.jpg"), 3, LAST_WEEK)).as("another file").isEmpty();
    }

    @Test
    void aSourceSavedWithinTheTickOfTheBuildIsReadAgainNextTime() throws Exception {
        Path file = Files.write(dir.resolve("lead.jpg"), new byte[] {1, 2, 3});
        Instant now = Instant.now();
        Files.setLastModifiedTime(file, FileTime.from(now));
        open().rememberSource(file, 3, now, SOURCE);
        assertThat(open().recallSource(file, 3, now)).isEmpty();
    }

    @Test
    void aKeptDerivativeComesBackWithItsSizeAndBytes() {
        Derivative derivative = new Derivative(480, 0, "jpg", Derivative.JPEG_QUALITY);
        byte[] bytes = {(byte) 0xff, (byte) 0xd8, 7, 8, 9};
        open().remember(SOURCE.digest(), derivative, new ImageMemo.Encoded(480, 270, bytes));
        ImageMemo.Encoded kept = open().recall(SOURCE.digest(), derivative).orElseThrow();
        assertThat(kept.width()).isEqualTo(480);
        assertThat(kept.height()).isEqualTo(270);
        assertThat(kept.bytes()).isEqualTo(bytes);
        assertThat(open().recall(SOURCE.digest(), new Derivative(960, 0, "jpg", Derivative.JPEG_QUALITY))).isEmpty();
    }
}
