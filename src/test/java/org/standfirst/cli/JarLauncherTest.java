package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JarLauncherTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void aPlainJavaCommandIsStartedAgainWithTheTuningBeforeTheUsersArguments() {
        assertThat(JarLauncher.tuned(List.of(JAVA, "-Dx=y", "-jar", "standfirst.jar", "build", "--drafts"), JarLauncher.Run.FIRST_BUILD, List.of()))
                .contains(concat(List.of(JAVA), JarLauncher.COMPILER, JarLauncher.COLLECTOR,
                        List.of("-Dstandfirst.jvm=" + ADDED, "-Dx=y", "-jar", "standfirst.jar", "build", "--drafts")));
    }

    @Test
    void underAHeapLimitTheDefaultCollectorStays() {
        assertThat(JarLauncher.tuned(List.of(JAVA, "-Xmx1g", "-jar", "standfirst.jar", "build"), JarLauncher.Run.FIRST_BUILD, List.of()))
                .contains(concat(List.of(JAVA), JarLauncher.COMPILER,
                        List.of("-Dstandfirst.jvm=" + String.join(" ", JarLauncher.COMPILER), "-Xmx1g", "-jar", "standfirst.jar", "build")));
    }

    @Test
    void tuningTheUserChoseIsNotAdded() {
        assertThat(JarLauncher.tuned(List.of(JAVA, "-XX:+UseParallelGC", "-jar", "s.jar", "build"), JarLauncher.Run.FIRST_BUILD, List.of()))
                .contains(concat(List.of(JAVA), JarLauncher.COMPILER,
                        List.of("-Dstandfirst.jvm=" + String.join(" ", JarLauncher.COMPILER), "-XX:+UseParallelGC", "-jar", "s.jar", "build")));
        assertThat(JarLauncher.tuned(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-jar", "s.jar"), JarLauncher.Run.FIRST_BUILD, List.of()))
                .contains(List.of(JAVA, "-XX:+UseSerialGC", "-Dstandfirst.jvm=-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "s.jar"));
        assertThat(JarLauncher.tuned(List.of(JAVA, "-XX:-TieredCompilation", "-XX:+UseG1GC", "-jar", "s.jar"), JarLauncher.Run.FIRST_BUILD, List.of()))
                .contains(List.of(JAVA, "-Dstandfirst.jvm=none", "-XX:-TieredCompilation", "-XX:+UseG1GC", "-jar", "s.jar"));
    }

    @Test
    void aRebuildGetsTheQuickCompiler() {
        assertThat(JarLauncher.tuned(List.of(JAVA, "-jar", "s.jar", "build"), JarLauncher.Run.REBUILD, List.of()))
                .contains(concat(List.of(JAVA), JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR, List.of(
                        "-Dstandfirst.jvm=" + String.join(" ", concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR)),
                        "-jar", "s.jar", "build")));
    }

    @Test
    void aFirstBuildOfASmallArchiveGetsC1AloneAndTheSerialCollector(@TempDir Path dir) throws Exception {
        assertThat(JarLauncher.tuned(List.of(JAVA, "-jar", "s.jar", "build"), JarLauncher.Run.SMALL_FIRST_BUILD, List.of()))
                .contains(concat(List.of(JAVA), JarLauncher.QUICK_COMPILER, JarLauncher.COLLECTOR, List.of(
                        "-Dstandfirst.jvm=" + String.join(" ", concat(JarLauncher.QUICK_COMPILER, JarLauncher.COLLECTOR)),
                        "-jar", "s.jar", "build")));
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        for (int i = 0; i < JarLauncher.SMALL_ARCHIVE - 1; i++) Files.writeString(content.resolve(i + ".md"), "");
        Files.writeString(content.resolve("photo.jpg"), "");
        assertThat(JarLauncher.isSmall(dir.resolve("content"))).isTrue();
        Files.writeString(content.resolve("last.md"), "");
        assertThat(JarLauncher.isSmall(dir.resolve("content"))).isFalse();
        assertThat(JarLauncher.isSmall(dir.resolve("missing"))).isFalse();
    }

    @Test
    void classSharingIsAddedAfterTheTuningUnlessTheUserChoseSome() {
        List<String> sharing = List.of("-XX:SharedArchiveFile=/c/jvm/k.jsa", "-Xlog:cds*=off");
        assertThat(JarLauncher.tuned(List.of(JAVA, "-jar", "s.jar", "build"), JarLauncher.Run.REBUILD, sharing))
                .contains(concat(List.of(JAVA), JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR, sharing, List.of(
                        "-Dstandfirst.jvm=" + String.join(" ", concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR)),
                        "-jar", "s.jar", "build")));
        assertThat(JarLauncher.tuned(List.of(JAVA, "-Xshare:off", "-jar", "s.jar", "build"), JarLauncher.Run.REBUILD, sharing)
                .orElseThrow()).doesNotContainAnyElementsOf(sharing);
    }

    @Test
    void aBuildOrCheckIsARebuildWhenItsOutputHasAPageIndex(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("public");
        String[] build = {"build", "--output", output.toString()};
        assertThat(JarLauncher.rebuildsIncrementally(build)).isFalse();
        org.standfirst.support.TestSite.in(dir).article("c/a.md", "A", "2014-01-01").build("--output", output.toString());
        assertThat(JarLauncher.rebuildsIncrementally(build)).isTrue();
        assertThat(JarLauncher.rebuildsIncrementally(new String[] {"build", "--verbose", "--drafts", "--output=" + output})).isTrue();
        assertThat(JarLauncher.rebuildsIncrementally(new String[] {"build", "--output", output.toString(), "--no-cache"})).isFalse();
        assertThat(JarLauncher.rebuildsIncrementally(new String[] {"check", "--output", output.toString()})).isTrue();
        assertThat(JarLauncher.rebuildsIncrementally(new String[] {"check", "--output", output.toString(), "--no-cache"})).isFalse();
        assertThat(JarLauncher.rebuildsIncrementally(new String[] {"build", "--output", dir.resolve("other").toString()})).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"serve, true", "serve --port 9000, true", "serve --verbose, true", "--verbose serve, false", "build, false",
            "help serve, false", "check --strict, false", "'', false"})
    void onlyThePreviewServerKeepsTheJvmAsStarted(String args, boolean serve) {
        assertThat(JarLauncher.isServe(args.isEmpty() ? new String[0] : args.split(" "))).isEqualTo(serve);
    }

    @Test
    void theVersionShowsTheTuningTheRelaunchedJvmRunsWith() throws Exception {
        Run run = launch(List.of(), "--version");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Standfirst ")
                .contains("options added by the jar: " + ADDED + "\n");
    }

    @Test
    void aJvmOptionOfTheUserReachesTheRelaunchedJvm() throws Exception {
        Run run = launch(List.of("-XX:+UseParallelGC"), "--version");
        assertThat(run.out).contains("options added by the jar: " + String.join(" ", JarLauncher.COMPILER) + "\n");
    }

    @Test
    void anEmptyLastArgumentIsPassedOnToo(@TempDir Path dir) throws Exception {
        // The empty path is the working folder, whose one piece never closes its front matter.
        java.nio.file.Files.writeString(dir.resolve("broken.md"), "---\ntitle: Never closed\n");
        Run run = launchIn(dir, List.of(), "check", "--content", "");
        assertThat(run.err).doesNotContain("Missing required parameter");
        assertThat(run.exit).isEqualTo(ExitCodes.PROBLEMS);
    }

    @Test
    void settingTheMarkerYourselfKeepsTheJvmAsStarted() throws Exception {
        Run run = launch(List.of("-Dstandfirst.jvm=as-is"), "--version");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Standfirst ").doesNotContain("options added");
    }

    @Test
    void theExitStatusAndTheMessagesOfTheRelaunchedBuildComeThrough(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/site.yml"), "title: T\nbase_url: https://example.org/\n");
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\n---\nNo date or type.\n");
        Run run = launch(List.of(), "build", "--content", dir.resolve("content").toString(),
                "--output", dir.resolve("out").toString());
        assertThat(run.exit).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err).contains("articles/a.md:");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** bin/standfirst's options for a rebuild, and its note of them. */
    private static final List<String> PRESET = concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR,
            List.of("-D" + JarLauncher.PRESET + "=" + String.join(" ", concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR))));

    @Test
    void aSecondJvmIsStartedWithoutTheScriptsOptionsButWithTheUsers() {
        List<String> jvm = concat(List.of(JAVA), PRESET, List.of("-Xmx1g", "-cp", "lib/*", "org.standfirst.cli.JarLauncher", "build"));
        assertThat(JarLauncher.withoutPreset(jvm, concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR)))
                .containsExactly(JAVA, "-Xmx1g", "-cp", "lib/*", "org.standfirst.cli.JarLauncher", "build");
        // Options the note does not name just before it are the user's: only the note goes.
        List<String> moved = List.of(JAVA, "-XX:TieredStopAtLevel=1", "-Dstandfirst.preset=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC",
                "-cp", "x.jar", "Main");
        assertThat(JarLauncher.withoutPreset(moved, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")))
                .containsExactly(JAVA, "-XX:TieredStopAtLevel=1", "-cp", "x.jar", "Main");
        assertThat(JarLauncher.withoutPreset(List.of(JAVA, "-jar", "s.jar"), List.of("-XX:TieredStopAtLevel=1")))
                .containsExactly(JAVA, "-jar", "s.jar");
    }

    @Test
    void aSecondJvmIsStartedWithoutTheArchiveTheScriptMapped() {
        List<String> mapped = List.of("-XX:SharedArchiveFile=/a b/.standfirst-cache/jvm/k.jsa", "-Xlog:cds*=off");
        List<String> jvm = concat(List.of(JAVA), mapped, PRESET, List.of("-cp", "lib/*", "org.standfirst.cli.JarLauncher", "build"));
        assertThat(JarLauncher.withoutPreset(jvm, concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR)))
                .containsExactly(JAVA, "-cp", "lib/*", "org.standfirst.cli.JarLauncher", "build");
        // An archive the user chose among their own options is theirs to keep.
        List<String> users = concat(List.of(JAVA), PRESET, mapped, List.of("-cp", "lib/*", "org.standfirst.cli.JarLauncher", "build"));
        assertThat(JarLauncher.withoutPreset(users, concat(JarLauncher.REBUILD_COMPILER, JarLauncher.QUICK_COLLECTOR)))
                .containsExactly(concat(List.of(JAVA), mapped, List.of("-cp", "lib/*", "org.standfirst.cli.JarLauncher", "build"))
                        .toArray(String[]::new));
    }

    @Test
    void whenTheUserChoseEveryOptionTheBuildRunsInTheJvmAsStarted(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/site.yml"), "title: T\nbase_url: https://example.org/\n");
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\ndate: 2014-06-17\ntype: Commentary\n---\nText.\n");
        String[] build = {"build", "--content", dir.resolve("content").toString(), "--output", dir.resolve("out").toString()};
        Run chosen = launch(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+PrintCommandLineFlags"), build);
        assertThat(chosen.exit).as(chosen.err).isZero();
        assertThat(chosen.out.split("-XX:InitialHeapSize", -1)).as("one JVM printed its flags").hasSize(2);
        Run compilerOnly = launch(List.of("-XX:TieredStopAtLevel=1", "-XX:+PrintCommandLineFlags"), build);
        assertThat(compilerOnly.exit).as(compilerOnly.err).isZero();
        assertThat(compilerOnly.out.split("-XX:InitialHeapSize", -1)).as("the collector was still to be added").hasSize(3);
    }

    @Test
    void underTheScriptsOptionsThePreviewStartsASecondJvmWithJavasDefaults() throws Exception {
        Run run = launch(concat(PRESET, List.of("-XX:+PrintCommandLineFlags")), "serve", "--help");
        assertThat(run.exit).as(run.err).isZero();
        List<String> flags = run.out.lines().filter(line -> line.contains("-XX:InitialHeapSize")).toList();
        assertThat(flags).as("each JVM's flags").hasSize(2);
        assertThat(flags.get(0)).contains("-XX:TieredStopAtLevel=1");
        assertThat(flags.get(1)).doesNotContain("TieredStopAtLevel").doesNotContain("UseParallelGC");
        assertThat(run.out).contains("Usage: standfirst serve");
    }

    @Test
    void underTheScriptsOptionsTheVersionRunsInTheFirstJvm() throws Exception {
        Run run = launch(PRESET, "--version");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("options added by bin/standfirst: " + String.join(" ", JarLauncher.REBUILD_COMPILER) + " ")
                .doesNotContain("options added by the jar");
    }

    @Test
    void underTheScriptsOptionsARebuildRunsInTheFirstJvmAndAFirstBuildInASecond(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/site.yml"), "title: T\nbase_url: https://example.org/\n");
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\ndate: 2014-06-17\ntype: Commentary\n---\nText.\n");
        List<String> options = concat(PRESET, List.of("-XX:+PrintCommandLineFlags"));
        String[] build = {"build", "--content", dir.resolve("content").toString(), "--output", dir.resolve("out").toString()};
        Run first = launch(options, build);
        assertThat(first.exit).as(first.err).isZero();
        // Each JVM prints its flags as it starts: the script's, then the small first build's serial collector.
        assertThat(first.out.split("-XX:InitialHeapSize", -1)).hasSize(3);
        assertThat(first.out).contains("-XX:+UseSerialGC");
        Run again = launch(options, build);
        assertThat(again.exit).as(again.err).isZero();
        assertThat(again.out.split("-XX:InitialHeapSize", -1)).as(again.out).hasSize(2);
        assertThat(again.out).contains("-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC").contains("up to date");
    }

    private record Run(int exit, String out, String err) {
    }

    /** What the jar adds when the user chose nothing. */
    private static final String ADDED = String.join(" ", concat(JarLauncher.COMPILER, JarLauncher.COLLECTOR));

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) all.addAll(list);
        return all;
    }

    /** Runs the launcher as {@code java OPTIONS -cp … JarLauncher ARGS}, as {@code java -jar} would. */
    private static Run launch(List<String> options, String... args) throws IOException, InterruptedException {
        return launchIn(Path.of("").toAbsolutePath(), options, args);
    }

    private static Run launchIn(Path folder, List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JarLauncher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
