package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The build cache's one on-disk format: versioned, checked, written atomically, pruned. */
class BuildCacheFormatTest {
    private static final String LOCK = "build.lock";

    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    private Path folder() {
        return dir.resolve(".standfirst-cache");
    }

    private BuildCache open(String code) {
        return BuildCache.open(folder(), code, false, notices::add);
    }

    private BuildCache openReadOnly(String code) {
        return BuildCache.open(folder(), code, true, notices::add);
    }

    private static String key(String text) {
        return CacheKey.of("t").text(text).hex();
    }

    private static String utf(byte[] payload) throws IOException {
        try (DataInputStream in = BuildCache.input(payload)) {
            return in.readUTF();
        }
    }

    private String readUtf(BuildCache cache, String name) throws IOException {
        byte[] payload = cache.read(name).orElseThrow(() -> new AssertionError(name + " was not read"));
        return utf(payload);
    }

    /** Every file under the folder, by relative path, with its bytes. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(folder())) return out;
        try (Stream<Path> files = Files.walk(folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(folder().relativize(file).toString().replace('\\', '/'),
                        Arrays.toString(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    private List<String> topLevel() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void file(String name, String text) throws IOException {
        Path file = folder().resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Nested
    class Version {
        @Test
        void aFolderWrittenByAnotherStandfirstIsEmptiedWithOneNoticeAndNamesTheNewCode() throws IOException {
            BuildCache first = open("code-1");
            first.write("articles", out -> out.writeUTF("kept"));
            first.blobs("bodies").write(key("a"), "", out -> out.writeUTF("body"));
            file(LOCK, "");
            assertThat(notices).isEmpty();

            BuildCache second = open("code-2");

            assertThat(notices).hasSize(1);
            assertThat(notices.get(0)).contains(folder().toString()).contains("another version of Standfirst");
            assertThat(topLevel()).containsExactly(BuildCache.MANIFEST, LOCK);
            assertThat(Files.readString(folder().resolve(BuildCache.MANIFEST)))
                    .isEqualTo(BuildCache.FORMAT + "\ncode-2\n");
            assertThat(second.read("articles")).isEmpty();
        }

        @Test
        void theSameStandfirstKeepsItsFilesWithoutNotice() throws IOException {
            open("code-1").write("articles", out -> out.writeUTF("kept"));

            BuildCache again = open("code-1");

            assertThat(notices).isEmpty();
            assertThat(readUtf(again, "articles")).isEqualTo("kept");
        }

        @Test
        void aFolderOfAnOlderLayoutWithoutAFormatFileIsEmptiedWithOneNotice() throws IOException {
            file("pages-0123abcd", "an old page index");
            file("articles", "articles of an older format");

            open("code-1");

            assertThat(notices).hasSize(1);
            assertThat(topLevel()).containsExactly(BuildCache.MANIFEST);
            assertThat(Files.readString(folder().resolve(BuildCache.MANIFEST)))
                    .isEqualTo(BuildCache.FORMAT + "\ncode-1\n");
        }

        @Test
        void aFolderHoldingOnlyTheLockIsTakenWithoutNotice() throws IOException {
            file(LOCK, "");

            open("code-1");

            assertThat(notices).isEmpty();
            assertThat(topLevel()).containsExactly(BuildCache.MANIFEST, LOCK);
        }

        @Test
        void readOnlyAnotherStandfirstsFolderIsNeitherReadNorChanged() throws IOException {
            BuildCache first = open("code-1");
            first.write("articles", out -> out.writeUTF("kept"));
            first.blobs("bodies").write(key("a"), "", out -> out.writeUTF("body"));
            Map<String, String> before = tree();

            BuildCache other = openReadOnly("code-2");
            other.write("more", out -> out.writeUTF("x"));
            other.blobs("bodies").prune();

            assertThat(other.isNone()).isTrue();
            assertThat(other.read("articles")).isEmpty();
            assertThat(notices).isEmpty();
            assertThat(tree()).isEqualTo(before);
        }

        @Test
        void readOnlyTheSameStandfirstsFolderIsReadButNeverWritten() throws IOException {
            open("code-1").write("articles", out -> out.writeUTF("kept"));
            Map<String, String> before = tree();

            BuildCache check = openReadOnly("code-1");
            check.write("articles", out -> out.writeUTF("changed"));
            check.delete("articles");

            assertThat(check.isNone()).isFalse();
            assertThat(check.readOnly()).isTrue();
            assertThat(readUtf(check, "articles")).isEqualTo("kept");
            assertThat(tree()).isEqualTo(before);
        }
    }

    /** Ways a file can be damaged: by a crash, a full disk, a bad sector, another program. */
    enum Damage {
        EMPTY(bytes -> new byte[0]),
        TRUNCATED(bytes -> Arrays.copyOf(bytes, bytes.length - 3)),
        ONE_BYTE_FLIPPED(bytes -> {
            byte[] out = bytes.clone();
            out[out.length / 2] ^= 0x01;
            return out;
        }),
        TRAILING_BYTE(bytes -> Arrays.copyOf(bytes, bytes.length + 1)),
        GARBAGE(bytes -> "this was never a cache file".getBytes(StandardCharsets.UTF_8));

        final UnaryOperator<byte[]> apply;

        Damage(UnaryOperator<byte[]> apply) {
            this.apply = apply;
        }
    }

    @Nested
    class Corruption {
        private void damage(String name, Damage damage) throws IOException {
            Path file = folder().resolve(name);
            Files.write(file, damage.apply.apply(Files.readAllBytes(file)));
        }

        @Test
        void aWrittenFileIsReadBackWhole() throws IOException {
            BuildCache cache = open("code-1");
            cache.write("x", out -> out.writeUTF("hello"));

            assertThat(readUtf(cache, "x")).isEqualTo("hello");
            assertThat(cache.exists("x")).isTrue();
            assertThat(cache.read("absent")).isEmpty();
            assertThat(notices).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Damage.class)
        void aDamagedFileReadsAsAbsentAndIsDeletedWithOneNotice(Damage damage) throws IOException {
            BuildCache cache = open("code-1");
            cache.write("x", out -> out.writeUTF("hello"));
            damage("x", damage);

            assertThat(cache.read("x")).isEmpty();

            assertThat(folder().resolve("x")).doesNotExist();
            assertThat(notices).singleElement().asString().contains("discarded").contains(folder().resolve("x").toString());
        }

        @ParameterizedTest
        @EnumSource(Damage.class)
        void readOnlyADamagedFileReadsAsAbsentButIsKept(Damage damage) throws IOException {
            open("code-1").write("x", out -> out.writeUTF("hello"));
            damage("x", damage);
            byte[] damaged = Files.readAllBytes(folder().resolve("x"));

            BuildCache check = openReadOnly("code-1");

            assertThat(check.read("x")).isEmpty();
            assertThat(Files.readAllBytes(folder().resolve("x"))).isEqualTo(damaged);
            assertThat(notices).singleElement().asString().contains("ignored");
        }

        @Test
        void damagedFilesGiveOneNoticePerAreaNotPerFile() throws IOException {
            BuildCache cache = open("code-1");
            BuildCache.Blobs bodies = cache.blobs("bodies");
            List<String> keys = List.of(key("a"), key("b"), key("c"));
            for (String k : keys) bodies.write(k, "", out -> out.writeUTF(k));
            cache.write("articles", out -> out.writeUTF("articles"));
            for (String k : keys) damage("bodies/" + k.substring(0, 2) + "/" + k, Damage.GARBAGE);
            damage("articles", Damage.TRUNCATED);

            for (String k : keys) assertThat(bodies.read(k, "")).isEmpty();
            assertThat(cache.read("articles")).isEmpty();

            assertThat(notices).hasSize(2);
            assertThat(notices.get(0)).contains("bodies");
            assertThat(notices.get(1)).contains("articles");
            for (String k : keys) assertThat(folder().resolve("bodies/" + k.substring(0, 2) + "/" + k)).doesNotExist();
        }
    }

    @Nested
    class AtomicWrite {
        private List<String> temporaries() throws IOException {
            return tree().keySet().stream().filter(name -> name.contains(".tmp-")).toList();
        }

        @Test
        void writesLeaveNoTemporaryFiles() throws IOException {
            BuildCache cache = open("code-1");
            cache.write("articles", out -> out.writeUTF("one"));
            cache.write("articles", out -> out.writeUTF("two"));
            cache.write("pages/deep/index", out -> out.writeUTF("page"));
            cache.blobs("bodies").write(key("a"), ".feed", out -> out.writeUTF("feed"));

            assertThat(temporaries()).isEmpty();
            assertThat(readUtf(cache, "articles")).isEqualTo("two");
            assertThat(readUtf(cache, "pages/deep/index")).isEqualTo("page");
        }

        @Test
        void aStagedFileIsInvisibleUntilInstalled() throws IOException {
            BuildCache cache = open("code-1");
            cache.write("pages/index", out -> out.writeUTF("old"));

            BuildCache.Staged staged = cache.stage("pages/index", out -> out.writeUTF("new"));

            assertThat(readUtf(cache, "pages/index")).isEqualTo("old");
            assertThat(temporaries()).singleElement().asString()
                    .startsWith("pages/index.tmp-" + ProcessHandle.current().pid() + "-");
            staged.install();
            assertThat(readUtf(cache, "pages/index")).isEqualTo("new");
            assertThat(temporaries()).isEmpty();
        }

        @Test
        void aDiscardedStageLeavesNothing() throws IOException {
            BuildCache cache = open("code-1");
            Map<String, String> before = tree();

            BuildCache.Staged staged = cache.stage("pages/index", out -> out.writeUTF("new"));
            staged.discard();

            assertThat(cache.exists("pages/index")).isFalse();
            assertThat(tree()).isEqualTo(before);
        }

        @Test
        void readOnlyNothingIsStaged() throws IOException {
            open("code-1");

            assertThat(openReadOnly("code-1").stage("pages/index", out -> out.writeUTF("new"))).isNull();
            assertThat(BuildCache.none().stage("pages/index", out -> out.writeUTF("new"))).isNull();
            assertThat(temporaries()).isEmpty();
        }
    }

    @Nested
    class Pruning {
        @Test
        void leftoversOfOlderLayoutsAreDeletedAndTheLayoutKept() throws IOException {
            BuildCache cache = open("code-1");
            cache.write("articles", out -> out.writeUTF("kept"));
            file(LOCK, "");
            file("pages-0000", "an orphaned page index");
            file("bodies.old/ab/abcd", "an old body");

            cache.pruneLeftovers(Set.of("articles"));

            assertThat(topLevel()).containsExactly(BuildCache.MANIFEST, "articles", LOCK);
            assertThat(readUtf(cache, "articles")).isEqualTo("kept");
        }

        @Test
        void aTemporaryFileIsKeptOnlyWhileItsProcessRuns() throws Exception {
            BuildCache cache = open("code-1");
            Process ended = new ProcessBuilder("true").start();
            ended.waitFor();
            String running = "articles.tmp-" + ProcessHandle.current().pid() + "-1";
            String killed = "articles.tmp-999999999-1";
            String endedProcess = "pages.tmp-" + ended.pid() + "-7";
            String unreadable = "pages.tmp-not-a-pid";
            for (String name : List.of(running, killed, endedProcess, unreadable)) file(name, "half written");

            cache.pruneLeftovers(Set.of("articles"));

            assertThat(topLevel()).containsExactly(BuildCache.MANIFEST, running);
        }

        @Test
        void readOnlyNothingIsPruned() throws IOException {
            open("code-1");
            file("pages-0000", "an orphaned page index");

            openReadOnly("code-1").pruneLeftovers(Set.of());

            assertThat(topLevel()).containsExactly(BuildCache.MANIFEST, "pages-0000");
        }
    }

    @Nested
    class Blobs {
        private final String a = key("a");
        private final String b = key("b");

        private Path blob(String key, String suffix) {
            return folder().resolve("bodies/" + key.substring(0, 2) + "/" + key + suffix);
        }

        private void firstBuild() {
            BuildCache.Blobs bodies = open("code-1").blobs("bodies");
            for (String k : List.of(a, b)) {
                bodies.write(k, "", out -> out.writeUTF("body " + k));
                bodies.write(k, ".feed", out -> out.writeUTF("feed " + k));
            }
            bodies.prune();
        }

        @Test
        void aBuildKeepsTheKeysItUsedAndDeletesTheRest() throws IOException {
            firstBuild();
            assertThat(Files.readAllLines(folder().resolve("bodies/used"))).containsExactlyInAnyOrder(a, b);

            BuildCache.Blobs second = open("code-1").blobs("bodies");
            assertThat(utf(second.read(a, "").orElseThrow())).isEqualTo("body " + a);
            second.prune();

            assertThat(blob(a, "")).exists();
            assertThat(blob(a, ".feed")).exists();
            assertThat(blob(b, "")).doesNotExist();
            assertThat(blob(b, ".feed")).doesNotExist();
            assertThat(Files.readAllLines(folder().resolve("bodies/used"))).containsExactly(a);

            BuildCache.Blobs third = open("code-1").blobs("bodies");
            third.prune();

            assertThat(blob(a, "")).doesNotExist();
            assertThat(blob(a, ".feed")).doesNotExist();
        }

        @Test
        void markingAKeyUsedKeepsItsFilesWithoutReadingThem() {
            firstBuild();

            BuildCache.Blobs second = open("code-1").blobs("bodies");
            second.markUsed(b);
            second.prune();

            assertThat(blob(b, "")).exists();
            assertThat(blob(b, ".feed")).exists();
            assertThat(blob(a, "")).doesNotExist();
        }

        @Test
        void withoutAListOfUsedKeysTheWholeAreaIsSearched() throws IOException {
            firstBuild();
            Files.delete(folder().resolve("bodies/used"));

            BuildCache.Blobs second = open("code-1").blobs("bodies");
            second.markUsed(a);
            second.prune();

            assertThat(blob(a, "")).exists();
            assertThat(blob(a, ".feed")).exists();
            assertThat(blob(b, "")).doesNotExist();
            assertThat(blob(b, ".feed")).doesNotExist();
            assertThat(Files.readAllLines(folder().resolve("bodies/used"))).containsExactly(a);
        }

        @Test
        void whatABuildThatNeverPrunedWroteIsDeletedByALaterOne() {
            firstBuild();
            String c = key("c");
            BuildCache.Blobs failed = open("code-1").blobs("bodies"); // writes, then fails before its prune
            failed.write(c, "", out -> out.writeUTF("body " + c));

            BuildCache.Blobs next = open("code-1").blobs("bodies");
            next.markUsed(a);
            next.prune();

            assertThat(blob(c, "")).doesNotExist();
            assertThat(blob(b, "")).doesNotExist();
            assertThat(blob(a, "")).exists();
        }

        @Test
        void readOnlyNothingIsPruned() throws IOException {
            firstBuild();
            Map<String, String> before = tree();

            BuildCache.Blobs check = openReadOnly("code-1").blobs("bodies");
            check.markUsed(a);
            check.prune();

            assertThat(tree()).isEqualTo(before);
        }
    }
}
