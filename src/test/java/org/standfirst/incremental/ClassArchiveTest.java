package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theKeyNamesTheJvmAndEveryJarByPathSizeAndTime() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jar"), "a");
        Path b = Files.writeString(dir.resolve("b.jar"), "b");
        String path = a + File.pathSeparator + b;
        String key = ClassArchive.key("/jdk", "17", path).orElseThrow();
        assertThat(ClassArchive.key("/jdk", "17", path)).contains(key);
        assertThat(ClassArchive.key("/jdk", "25", path).orElseThrow()).isNotEqualTo(key);
        assertThat(ClassArchive.key("/other-jdk", "17", path).orElseThrow()).isNotEqualTo(key);
        assertThat(ClassArchive.key("/jdk", "17", b + File.pathSeparator + a).orElseThrow()).isNotEqualTo(key);

        Files.setLastModifiedTime(b, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ClassArchive.key("/jdk", "17", path).orElseThrow()).isNotEqualTo(key);
        Files.writeString(b, "bb");
        String rebuilt = ClassArchive.key("/jdk", "17", path).orElseThrow();
        assertThat(rebuilt).isNotEqualTo(key);
    }

    @Test
    void classesFromAFolderOrAMissingJarCannotBeArchived() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "a");
        assertThat(ClassArchive.key("/jdk", "17", jar + File.pathSeparator + dir)).isEmpty();
        assertThat(ClassArchive.key("/jdk", "17", dir.resolve("missing.jar").toString())).isEmpty();
        assertThat(ClassArchive.key("/jdk", "17", "")).isEmpty();
    }

    @Test
    void aBuildWithoutACacheFolderHasNoArchive() {
        assertThat(ClassArchive.beside(dir.resolve("site-output"))).isEmpty();
    }

    @Test
    void theSecondRebuildMakesTheArchiveAndLaterOnesUseIt() throws Exception {
        Path output = dir.resolve("site-output");
        Path folder = Files.createDirectories(dir.resolve(".standfirst-cache")).resolve(ClassArchive.AREA);
        Files.createDirectories(folder);
        Path stale = Files.writeString(folder.resolve("0123.jsa"), "another jar's archive");
        // Classes from folders (as under Maven) cannot be archived; a jar on its own class path can.
        Path jar = Files.writeString(dir.resolve("standfirst.jar"), "jar");
        String classPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path", jar.toString());
        try {
            ClassArchive archive = ClassArchive.beside(output).orElseThrow();
            assertThat(archive.options(false)).as("a check writes nothing").isEmpty();
            assertThat(files(folder)).containsExactly("0123.jsa");

            assertThat(archive.options(true)).as("the first rebuild with this jar").isEmpty();
            assertThat(files(folder)).singleElement().asString().endsWith(".jsa.seen");

            List<String> making = archive.options(true);
            assertThat(making).hasSize(2);
            assertThat(making.get(0)).isEqualTo("-XX:ArchiveClassesAtExit=" + archive.staged());
            assertThat(ClassArchive.makes(making)).isTrue();
            assertThat(archive.staged()).contains(".jsa.tmp-" + ProcessHandle.current().pid());

            archive.install(); // the JVM wrote nothing: nothing to install
            assertThat(files(folder)).singleElement().asString().endsWith(".jsa.seen");

            // A build that found the site up to date leaves the page index, and its archive is dropped.
            Path pageIndex = dir.resolve(".standfirst-cache").resolve(PageIndex.name(output));
            Files.writeString(Files.createDirectories(pageIndex.getParent()).resolve(pageIndex.getFileName()), "pages");
            ClassArchive upToDate = ClassArchive.beside(output).orElseThrow();
            assertThat(upToDate.options(true).get(0)).startsWith("-XX:ArchiveClassesAtExit=");
            Files.writeString(Path.of(upToDate.staged()), "a few classes");
            upToDate.install();
            assertThat(files(folder)).as("made again by the next rebuild").singleElement().asString().endsWith(".jsa.seen");

            archive = ClassArchive.beside(output).orElseThrow();
            assertThat(archive.options(true).get(0)).startsWith("-XX:ArchiveClassesAtExit=");
            Files.delete(folder.resolve(files(folder).get(0)));
            Files.delete(folder);
            ClassArchive.prepareToMake(archive.staged()); // the build emptied the cache meanwhile
            Files.writeString(Path.of(archive.staged()), "classes");
            Files.move(Files.writeString(dir.resolve("written"), "new pages"), pageIndex, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve("9999.jsa.tmp-" + ProcessHandle.current().pid()), "a running build's");
            archive.install();
            assertThat(files(folder)).hasSize(2).anyMatch(name -> name.endsWith(".jsa") && !name.equals("0123.jsa"))
                    .anyMatch(name -> name.startsWith("9999"));

            List<String> using = ClassArchive.beside(output).orElseThrow().options(true);
            assertThat(using.get(0)).startsWith("-XX:SharedArchiveFile=" + folder).endsWith(".jsa");
            assertThat(ClassArchive.makes(using)).isFalse();
            assertThat(Files.readString(Path.of(using.get(0).substring(using.get(0).indexOf('=') + 1)))).isEqualTo("classes");
            assertThat(stale).doesNotExist();
        } finally {
            System.setProperty("java.class.path", classPath);
        }
    }

    @Test
    void theScriptFindsTheArchiveOfTheCacheInTheFolderItStartsIn() {
        assertThat(ClassArchive.foundByScript(Path.of("site-output"))).isTrue();
        assertThat(ClassArchive.foundByScript(Path.of("").toAbsolutePath().resolve("out"))).isTrue();
        assertThat(ClassArchive.foundByScript(Path.of("sites/site-output"))).isFalse();
        assertThat(ClassArchive.foundByScript(dir.resolve("site-output"))).isFalse();
    }

    @Test
    void theScriptsOptionsAreTheArchiveThenItsNoticesTurnedOff() {
        assertThat(ClassArchive.isScriptOptions(List.of("-XX:SharedArchiveFile=/a b/k.jsa", "-Xlog:cds*=off"))).isTrue();
        assertThat(ClassArchive.isScriptOptions(List.of("-XX:SharedArchiveFile=/a/k.jsa", "-Xmx1g"))).isFalse();
        assertThat(ClassArchive.isScriptOptions(List.of("-XX:SharedArchiveFile=/a/base.jsa2", "-Xlog:cds*=off"))).isFalse();
        assertThat(ClassArchive.isScriptOptions(List.of("-Xshare:off", "-Xlog:cds*=off"))).isFalse();
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
