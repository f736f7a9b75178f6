package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution `mvn package` made, unpacked as a user would and run through bin/standfirst from
 * another folder: the version, a new archive built with the built-in theme, and the JVM options the
 * script picks. Failsafe runs it after the package phase; `mvn test` alone does not.
 */
class DistributionIT {
    @TempDir
    static Path dir;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        String dist = System.getProperty("standfirst.dist", "");
        assumeTrue(!dist.isEmpty() && Files.isRegularFile(Path.of(dist)),
                "no distribution to test: run `mvn verify` (the package phase makes target/standfirst-<version>.tar.gz)");
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "bin/standfirst is a POSIX shell script");
        Result tar = run(dir, Map.of(), "tar", "-xzf", dist);
        assertThat(tar.exit).as(tar.err).isZero();
        try (var entries = Files.list(dir)) {
            home = entries.filter(p -> p.getFileName().toString().startsWith("standfirst-")).findFirst().orElseThrow();
        }
    }

    private static String standfirst() {
        return home.resolve("bin/standfirst").toString();
    }

    private static Map<String, String> java() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    @Test
    void theArchiveHoldsTheScriptsAndTheLibraries() throws IOException {
        assertThat(Files.isExecutable(home.resolve("bin/standfirst"))).isTrue();
        assertThat(home.resolve("bin/standfirst.cmd")).isRegularFile();
        try (var jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(name -> name.matches("standfirst-.*\\.jar")).anyMatch(name -> name.startsWith("picocli-"))
                    .anyMatch(name -> name.startsWith("pebble-")).noneMatch(name -> name.startsWith("junit"));
        }
    }

    @Test
    void versionWorksFromAnywhereWithTheOptionsTheScriptAdded() throws Exception {
        Result run = run(dir, java(), standfirst(), "--version");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).startsWith("Standfirst ").doesNotContain("development build")
                .contains("options added by bin/standfirst: -XX:TieredStopAtLevel=1").contains("-XX:+UseParallelGC");
    }

    @Test
    void aCollectorTheUserChoosesReplacesTheScriptsChoice() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(java());
        env.put("JAVA_OPTS", "-XX:+UseG1GC");
        Result run = run(dir, env, standfirst(), "--version");
        assertThat(run.exit).as(run.err).isZero(); // two collectors would stop Java before it ran anything
        assertThat(run.out).contains("options added by bin/standfirst: -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=5000\n").doesNotContain("UseParallelGC");
    }

    @Test
    void initThenBuildThenARebuildWithTheQuickOptions() throws Exception {
        Result init = run(dir, java(), standfirst(), "init", "my-archive");
        assertThat(init.exit).as(init.err).isZero();
        Path archive = dir.resolve("my-archive");
        // A second piece of the welcome piece's year, so that an edit leaves some pages as they were
        // (with one piece, every page shows it) and the copyright years stay the same.
        Path welcome = archive.resolve("content/commentary/welcome-to-the-archive.md");
        String date = Pattern.compile("(?m)^date: (\\S+)$").matcher(Files.readString(welcome)).results()
                .findFirst().orElseThrow().group(1);
        Path second = archive.resolve("content/commentary/second.md");
        Files.writeString(second, "---\ntitle: A second piece\ndate: " + date + "\nauthor: Alex Example\n---\nText.\n");
        Result build = run(archive, java(), standfirst(), "build", "--strict");
        assertThat(build.exit).as(build.err).isZero();
        assertThat(archive.resolve("site-output/commentary/welcome-to-the-archive/index.html")).isRegularFile();

        Files.writeString(second, Files.readString(second).replace("A second piece", "The second piece, retitled"));
        Map<String, String> env = new java.util.HashMap<>(java());
        env.put("STANDFIRST_OPTS", "-XX:+PrintCommandLineFlags");
        Result rebuild = run(archive, env, standfirst(), "build", "--strict");
        assertThat(rebuild.exit).as(rebuild.err).isZero();
        assertThat(rebuild.out).contains("-XX:TieredStopAtLevel=1").contains("-XX:+UseParallelGC").contains("rendered");
    }

    /**
     * Java started on the distribution's jars as {@code java -jar} would be, without the script's options:
     * a rebuild then starts a second JVM, which maps the classes from the build cache's archive.
     */
    private static String[] plainJava(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", home.resolve("lib").toAbsolutePath() + "/*", "org.standfirst.cli.JarLauncher"));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    @Test
    void theSecondRebuildMakesAClassDataArchiveThatLaterBuildsMap() throws Exception {
        assertThat(run(dir, java(), standfirst(), "init", "cds").exit).isZero();
        Path archive = dir.resolve("cds");
        Path folder = archive.resolve(".standfirst-cache/jvm");
        for (int build = 1; build <= 3; build++) {
            edit(archive, build);
            Result result = run(archive, java(), plainJava("build"));
            assertThat(result.exit).as(result.err).isZero();
            assertThat(result.out + result.err).doesNotContain("cds").doesNotContain("shared archive");
        }
        assertThat(names(folder)).singleElement().asString().endsWith(".jsa");
        Map<String, String> env = new java.util.HashMap<>(java());
        env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
        Result mapped = run(archive, env, plainJava("build"));
        assertThat(mapped.exit).as(mapped.err).isZero();
        assertThat(mapped.out).contains("org.standfirst.Pipeline source: shared objects file (top)");
        assertThat(run(archive, java(), plainJava("check")).exit).isZero();
    }

    @Test
    void throughTheScriptTheSecondRebuildMakesTheArchiveAndLaterRebuildsMapItInOneJvm() throws Exception {
        assertThat(run(dir, java(), standfirst(), "init", "archive-by-script").exit).isZero();
        Path archive = dir.resolve("archive-by-script");
        Path folder = archive.resolve(".standfirst-cache/jvm");
        Map<String, String> flags = new java.util.HashMap<>(java());
        flags.put("STANDFIRST_OPTS", "-XX:+PrintCommandLineFlags");
        // A first build, then rebuilds: after an edit, with nothing changed, then after two more edits.
        boolean[] edits = {false, true, false, true, true};
        int[] jvms = new int[edits.length];
        for (int build = 0; build < edits.length; build++) {
            if (edits[build]) edit(archive, build);
            boolean last = build == edits.length - 1;
            if (last) flags.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
            Result result = run(archive, flags, standfirst(), "build");
            assertThat(result.exit).as(result.err).isZero();
            assertThat(result.out + result.err).doesNotContain("[cds").doesNotContain("shared archive");
            jvms[build] = result.out.split("-XX:InitialHeapSize", -1).length - 1;
            if (build == 2) {
                assertThat(names(folder)).as("an up-to-date build loads too few classes: its archive is dropped").singleElement()
                        .asString().endsWith(".jsa.seen");
            }
            if (last) assertThat(result.out).contains("org.standfirst.Pipeline source: shared objects file (top)");
        }
        // A first build starts its own JVM; a rebuild runs in the script's, but for those that make the archive.
        assertThat(jvms).containsExactly(2, 1, 2, 2, 1);
        assertThat(names(folder)).singleElement().asString().endsWith(".jsa");
    }

    /** The names of the files in {@code folder}. */
    private static List<String> names(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** Retitles the archive's welcome piece, so that a rebuild renders it again. */
    private static void edit(Path archive, int round) throws IOException {
        Path welcome = archive.resolve("content/commentary/welcome-to-the-archive.md");
        Files.writeString(welcome, Files.readString(welcome).replaceFirst("(?m)^title: .*$", "title: Welcome, round " + round));
    }

    @Test
    void aJavaHomeWithoutJavaIsExplained() throws Exception {
        Result run = run(dir, Map.of("JAVA_HOME", dir.resolve("no-java").toString()), standfirst(), "--version");
        assertThat(run.exit).isEqualTo(3);
        assertThat(run.err).contains("it has no bin/java — set JAVA_HOME to a Java 17 (or later) installation");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path folder, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("STANDFIRST_OPTS");
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
