package org.standfirst.render.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;
import org.standfirst.render.PageSink;
import org.standfirst.support.TestImages;

class SiteImagesTest {
    @TempDir
    Path dir;

    /** Files handed to the sink, by site path. */
    static final class Written implements PageSink {
        final Map<String, byte[]> files = new TreeMap<>();

        @Override
        public void page(String sitePath, String html) {
            throw new AssertionError(sitePath);
        }

        @Override
        public void copy(String sitePath, Path source) {
            throw new AssertionError(sitePath);
        }

        @Override
        public synchronized void file(String sitePath, byte[] bytes) {
            assertThat(files.put(sitePath, bytes)).as("written twice: " + sitePath).isNull();
        }
    }

    private SiteImages.Request request(String name, byte[] bytes, SiteImages.Use use) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Path piece = dir.resolve("piece.md");
        Files.writeString(piece, "---\ntitle: T\ndate: 2020-01-01\nimage: " + name + "\n---\n");
        return new SiteImages.Request("commentary/t/" + name, file, piece, new SourceLocation("commentary/t.md", 1), "image", use);
    }

    @Test
    void theSameSourceGivesTheSameBytesEveryTime() throws Exception {
        List<SiteImages.Request> requests = List.of(request("a.jpg", TestImages.drawn(2000, 1200, "jpg"), SiteImages.Use.LEAD),
                request("b.png", TestImages.drawn(700, 500, "png"), SiteImages.Use.SCALED));
        Written first = new Written();
        Written second = new Written();
        new SiteImages(ImageMemo.NONE, new Problems()).make(requests, first);
        new SiteImages(ImageMemo.NONE, new Problems()).make(requests, second);
        assertThat(first.files).isNotEmpty();
        assertThat(second.files.keySet()).isEqualTo(first.files.keySet());
        first.files.forEach((path, bytes) -> assertThat(second.files.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aLeadImageGetsEachWidthBelowItsOwnAShareCardAndCrops() throws Exception {
        Written sink = new Written();
        SiteImages images = new SiteImages(ImageMemo.NONE, new Problems());
        images.make(List.of(request("a.jpg", TestImages.drawn(2000, 1200, "jpg"), SiteImages.Use.LEAD)), sink);
        ImageSet set = images.get("commentary/t/a.jpg");
        assertThat(set.widths()).extracting(ImageSet.Variant::width).containsExactly(320, 480, 960, 1600);
        assertThat(set.largest().height()).isEqualTo(960);
        assertThat(set.share()).isEqualTo(new ImageSet.Variant("resized/commentary/t/a-1200x630.jpg", 1200, 630));
        assertThat(set.crops()).extracting(v -> v.width() + "x" + v.height()).containsExactly("720x720", "960x720", "1200x675");
        for (ImageSet.Variant v : set.widths()) {
            assertThat(TestImages.size(sink.files.get(v.sitePath()))).containsExactly(v.width(), v.height());
        }
        assertThat(TestImages.size(sink.files.get(set.share().sitePath()))).containsExactly(1200, 630);
    }

    @Test
    void aSmallImageIsNeverEnlarged() throws Exception {
        Written sink = new Written();
        SiteImages images = new SiteImages(ImageMemo.NONE, new Problems());
        images.make(List.of(request("small.png", TestImages.drawn(320, 180, "png"), SiteImages.Use.LEAD)), sink);
        ImageSet set = images.get("commentary/t/small.png");
        assertThat(set.widths()).extracting(ImageSet.Variant::width).containsExactly(320);
        assertThat(set.share().width()).isLessThanOrEqualTo(320);
        assertThat(set.share().height()).isLessThanOrEqualTo(180);
        sink.files.values().forEach(bytes -> {
            int[] size = TestImages.size(bytes);
            assertThat(size[0]).isLessThanOrEqualTo(320);
            assertThat(size[1]).isLessThanOrEqualTo(180);
        });
    }

    @Test
    void aDerivativeTheMemoKeptIsNotEncodedAgain() throws Exception {
        Map<String, ImageMemo.Encoded> kept = new TreeMap<>();
        ImageMemo memo = new ImageMemo() {
            @Override
            public java.util.Optional<Encoded> recall(String sourceDigest, Derivative derivative) {
                return java.util.Optional.ofNullable(kept.get(sourceDigest + derivative));
            }

            @Override
            public synchronized void remember(String sourceDigest, Derivative derivative, Encoded encoded) {
                kept.put(sourceDigest + derivative, encoded);
            }
        };
        List<SiteImages.Request> requests = List.of(request("a.jpg", TestImages.drawn(1000, 600, "jpg"), SiteImages.Use.LEAD));
        SiteImages first = new SiteImages(memo, new Problems());
        first.make(requests, new Written());
        SiteImages second = new SiteImages(memo, new Problems());
        Written sink = new Written();
        second.make(requests, sink);
        assertThat(first.encoded()).isGreaterThan(0);
        assertThat(second.encoded()).isZero();
        assertThat(sink.files).hasSize(first.encoded());
        assertThat(second.shown("commentary/t/a.jpg")).isEqualTo(first.shown("commentary/t/a.jpg")).contains("a-480.jpg");
    }

    /** Keeps sources and derivatives in memory, as the build cache does between builds. */
    static final class Remembering implements ImageMemo {
        final Map<String, Encoded> derivatives = new TreeMap<>();
        final Map<String, Source> sources = new TreeMap<>();

        @Override
        public synchronized java.util.Optional<Encoded> recall(String sourceDigest, Derivative derivative) {
            return java.util.Optional.ofNullable(derivatives.get(sourceDigest + derivative));
        }

        @Override
        public synchronized void remember(String sourceDigest, Derivative derivative, Encoded encoded) {
            derivatives.put(sourceDigest + derivative, encoded);
        }

        @Override
        public synchronized java.util.Optional<Source> recallSource(Path file, long size, java.time.Instant modified) {
            return java.util.Optional.ofNullable(sources.get(file + " " + size + " " + modified));
        }

        @Override
        public synchronized void rememberSource(Path file, long size, java.time.Instant modified, Source source) {
            sources.put(file + " " + size + " " + modified, source);
        }
    }

    @Test
    void anUnchangedSourceIsNotReadAgain() throws Exception {
        Remembering memo = new Remembering();
        SiteImages.Request request = request("a.jpg", TestImages.drawn(1000, 600, "jpg"), SiteImages.Use.LEAD);
        Written first = new Written();
        new SiteImages(memo, new Problems()).make(List.of(request), first);
        // Same length and time, other bytes: were the file read, it could not be decoded.
        java.nio.file.attribute.FileTime saved = Files.getLastModifiedTime(request.file());
        Files.write(request.file(), new byte[(int) Files.size(request.file())]);
        Files.setLastModifiedTime(request.file(), saved);
        Problems problems = new Problems();
        SiteImages second = new SiteImages(memo, problems);
        Written sink = new Written();
        second.make(List.of(request), sink);
        assertThat(problems.sorted()).isEmpty();
        assertThat(second.encoded()).isZero();
        assertThat(sink.files.keySet()).isEqualTo(first.files.keySet());
    }

    @Test
    void aSourceWithANewStampIsReadAgain() throws Exception {
        Remembering memo = new Remembering();
        SiteImages.Request request = request("a.jpg", TestImages.drawn(1000, 600, "jpg"), SiteImages.Use.LEAD);
        new SiteImages(memo, new Problems()).make(List.of(request), new Written());
        Files.write(request.file(), TestImages.drawn(800, 600, "jpg"));
        Files.setLastModifiedTime(request.file(), java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2030-01-01T00:00:00Z")));
        SiteImages second = new SiteImages(memo, new Problems());
        second.make(List.of(request), new Written());
        assertThat(second.encoded()).isGreaterThan(0);
        assertThat(second.get("commentary/t/a.jpg").largest().width()).isEqualTo(800);
    }

    @Test
    void aDamagedImageIsAProblemAtTheLineThatNamesIt() throws Exception {
        Problems problems = new Problems();
        Written sink = new Written();
        new SiteImages(ImageMemo.NONE, problems).make(List.of(request("broken.jpg", "not an image".getBytes(), SiteImages.Use.LEAD)), sink);
        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.format()).contains("commentary/t.md:4: ").contains("broken.jpg").contains("save it again");
        });
        assertThat(sink.files).isEmpty();
    }

    @Test
    void aFaviconIsCutToSquaresAndWrappedInAnIco() throws Exception {
        Written sink = new Written();
        SiteImages images = new SiteImages(ImageMemo.NONE, new Problems());
        images.make(List.of(request("icon.png", TestImages.drawn(512, 512, "png"), SiteImages.Use.ICON)), sink);
        assertThat(images.get("commentary/t/icon.png").icons()).extracting(v -> v.width() + "x" + v.height())
                .containsExactly("32x32", "180x180");
        byte[] ico = sink.files.get(SiteImages.FAVICON_ICO);
        assertThat(java.util.Arrays.copyOf(ico, 8)).containsExactly(0, 0, 1, 0, 1, 0, 32, 32);
    }
}
