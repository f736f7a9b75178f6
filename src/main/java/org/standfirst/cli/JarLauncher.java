package org.standfirst.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.standfirst.incremental.ClassArchive;
import org.standfirst.incremental.IncrementalBuild;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The runnable jar's entry point. A build lives for seconds, and at that length the JVM's defaults
 * cost more than they give: the optimising JIT compiler (C2) spends much of a short run's CPU on
 * code that runs only briefly, and G1 grows a heap several times what the build needs. A jar
 * cannot carry JVM options, so plain {@code java -jar standfirst.jar} starts the JVM once more with
 * the options for its kind of {@link Run}, and passes on the standard streams and the exit status
 * (figures in docs/performance.md).
 * A build or check with a build cache also maps Standfirst's classes from the cache's class-data
 * archive ({@link ClassArchive}) rather than loading them from the jar.
 * A preview server lives for hours, so {@code serve} keeps the defaults. Options the user gives to
 * {@code java} are kept, and a tuning option the user already chose is not added (a heap limit
 * counts as choosing the collector: see {@link #tuned}); when the user chose them all, the command runs
 * in the JVM as started.
 *
 * <p>The distribution's scripts (bin/standfirst) start Java with a rebuild's options already, and say
 * so in {@value #PRESET}: a rebuild, and a short command such as {@code --version}, then runs in that
 * first JVM, which takes less time than a second JVM saves. Any other run starts Java again as above,
 * without the script's options, and so does the rebuild that makes the class-data archive the script
 * maps ({@link ClassArchive#foundByScript}).
 *
 * <p>This class runs before every command: it reads the arguments with picocli, as the command will,
 * and loads little else.
 */
public final class JarLauncher {
    /**
     * Set on the second JVM, so it runs the command instead of starting a third, to the options the
     * jar added ({@code --version} shows them). Users who set it themselves keep the JVM as started.
     */
    static final String LAUNCHED = "standfirst.jvm";
    /**
     * Set by the distribution's scripts: the options they started Java with, {@link Run#REBUILD}'s
     * (without its collector when the user chose one: two collectors stop Java).
     */
    static final String PRESET = "standfirst.preset";
    /** Set on a second JVM that writes the class-data archive as it exits: where it writes it. */
    private static final String MAKING_ARCHIVE = "standfirst.archive";
    /**
     * C2 compiles a method only after ten times the default number of calls and loops, so a first
     * build's hot loops (flexmark's) get C2 and the rest stays on C1's code, without C2's compile
     * storms; C1 alone falls behind on large clean builds, whose hot loops run long enough to pay
     * for C2 (figures in docs/performance.md).
     */
    static final List<String> COMPILER = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");
    /**
     * For a build that will find its last build's page index and so render little, C1 alone: the
     * code C1 compiles without profiling is the quickest to have, and such a build never runs long
     * enough to need C2.
     */
    static final List<String> QUICK_COMPILER = List.of("-XX:TieredStopAtLevel=1");
    /**
     * For a rebuild, C1 alone, with loops compiled (on-stack replacement) after 5,000 turns rather than
     * 60,000: a rebuild's longest loops, over every piece or every file once (the name checks, the
     * inventory, the page index), run once each and would otherwise stay in the interpreter to the end.
     */
    static final List<String> REBUILD_COMPILER = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=5000");
    /** The single-threaded, compact serial GC. */
    static final List<String> COLLECTOR = List.of("-XX:+UseSerialGC");
    /**
     * For a rebuild, the parallel collector, promoting what survives a collection straight away. A
     * rebuild keeps a model of the whole archive that the serial collector copied twice, on one
     * thread; two threads and one copy take less of the run, for a little more peak memory. The
     * young generation is capped because a rebuild may render everything after all (a template
     * edit), and left to itself the collector grows it to gigabytes there.
     */
    static final List<String> QUICK_COLLECTOR = List.of("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0",
            "-XX:MaxNewSize=160m");
    /**
     * Below this many Markdown files, a first build is over before C2's code pays for its compiling,
     * and C1 alone takes less time and CPU (figures in docs/performance.md).
     */
    static final int SMALL_ARCHIVE = 5000;

    /** The kind of run the second JVM is tuned for. */
    enum Run {
        /** A first build of a large archive, whose hot loops run long enough for C2. */
        FIRST_BUILD(COMPILER, COLLECTOR),
        /** A first build of an archive under {@link #SMALL_ARCHIVE} pieces. */
        SMALL_FIRST_BUILD(QUICK_COMPILER, COLLECTOR),
        /** A build or check that finds its last build's page index, and so renders only what changed. */
        REBUILD(REBUILD_COMPILER, QUICK_COLLECTOR);

        final List<String> compiler;
        final List<String> collector;

        Run(List<String> compiler, List<String> collector) {
            this.compiler = compiler;
            this.collector = collector;
        }
    }

    private JarLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(MAKING_ARCHIVE) != null) {
            String staged = System.getProperty(MAKING_ARCHIVE);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ClassArchive.prepareToMake(staged)));
        }
        Optional<Relaunch> relaunch = System.getProperty(LAUNCHED) != null ? Optional.empty() : relaunched(args);
        if (relaunch.isEmpty()) {
            Standfirst.main(args);
            return;
        }
        Process child;
        try {
            child = new ProcessBuilder(relaunch.get().command()).inheritIO().start();
        } catch (IOException e) {
            Standfirst.main(args); // cannot start a second JVM here: run in this one, untuned
            return;
        }
        // A stop signal to this JVM alone (not the terminal's Ctrl-C, which reaches both) stops the child too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        int status = child.waitFor();
        relaunch.get().archive().ifPresent(ClassArchive::install);
        System.exit(status);
    }

    /**
     * The second JVM's command line, and the class-data archive it makes at exit, to be put in place
     * once it has exited.
     */
    private record Relaunch(List<String> command, Optional<ClassArchive> archive) {
    }

    /**
     * This JVM's command line: the java executable, then every argument it was started with. Linux's
     * /proc gives all of it; the JDK's own view gives up on long lines (long class paths).
     */
    private static Optional<List<String>> thisJvm() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty()) return Optional.empty();
        List<String> line = new ArrayList<>();
        line.add(info.command().get());
        Path proc = Path.of("/proc/self/cmdline");
        try {
            if (Files.isReadable(proc)) {
                String[] argv = new String(Files.readAllBytes(proc), Charset.forName(System.getProperty("sun.jnu.encoding",
                        Charset.defaultCharset().name()))).split("\0", -1);
                line.addAll(List.of(argv).subList(1, argv.length - 1)); // each argument ends with a NUL
                return Optional.of(line);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (info.arguments().isEmpty()) return Optional.empty();
        line.addAll(List.of(info.arguments().get()));
        return Optional.of(line);
    }

    /**
     * The command line to run again with the tuning, or empty when it cannot be done safely: the
     * java executable, the tuning the user has not overridden, the marker, then the original
     * arguments (JVM options, {@code -jar} and the jar, the command) in their order.
     */
    static Optional<List<String>> tuned(List<String> jvm, Run run, List<String> sharing) {
        if (jvm.size() < 2) return Optional.empty();
        List<String> original = jvm.subList(1, jvm.size());
        List<String> line = new ArrayList<>();
        line.add(jvm.get(0));
        boolean userChoseSharing = original.stream().anyMatch(a -> a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit") || a.endsWith("AutoCreateSharedArchive"));
        List<String> added = added(original, run);
        line.addAll(added);
        if (!userChoseSharing) line.addAll(sharing);
        line.add("-D" + LAUNCHED + "=" + (added.isEmpty() ? "none" : String.join(" ", added)));
        line.addAll(original);
        return Optional.of(line);
    }

    /** The tuning of {@code run} that the JVM options {@code original} do not already choose. */
    static List<String> added(List<String> original, Run run) {
        boolean userChoseCompiler = original.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")
                || a.endsWith("TieredCompilation") || a.startsWith("-XX:Tier3") || a.startsWith("-XX:Tier4"));
        // Under a heap limit (-Xmx1g for 100,000 pieces) the serial collector's fixed old generation
        // filled up and a 100k build took half as long again as with G1, which sizes generations to fit.
        boolean userChoseCollector = original.stream().anyMatch(a -> (a.startsWith("-XX:+Use") && a.endsWith("GC"))
                || a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAM"));
        List<String> added = new ArrayList<>();
        if (!userChoseCompiler) added.addAll(run.compiler);
        if (!userChoseCollector) added.addAll(run.collector);
        return added;
    }

    /**
     * How to run {@code args} again, tuned; empty for the preview server, which keeps the defaults. A
     * build or check with a build cache uses the cache's class-data archive; a rebuild makes one when
     * there is none (a check writes nothing, a first build has no cache to keep it in).
     */
    private static Optional<Relaunch> relaunched(String[] args) {
        ParseResult command = subcommand(args);
        List<String> preset = preset();
        if (isServe(command)) {
            // The defaults, as for java -jar: without the script's options.
            return preset.isEmpty() ? Optional.empty() : thisJvm().map(jvm -> withoutPreset(jvm, preset))
                    .map(jvm -> new Relaunch(withMarker(jvm, "none"), Optional.empty()));
        }
        Optional<SiteRun> site = SiteRun.of(command);
        boolean incremental = rebuildsIncrementally(site);
        if (!preset.isEmpty() && site.isEmpty() && !isImport(command)) return Optional.empty();
        Run run = incremental ? Run.REBUILD : site.map(SiteRun::content).filter(JarLauncher::isSmall).isPresent()
                ? Run.SMALL_FIRST_BUILD : Run.FIRST_BUILD;
        Optional<ClassArchive> archive = site.flatMap(SiteRun::cachedOutput).flatMap(ClassArchive::beside);
        // The script maps only the archive of the build cache in the folder it starts in.
        boolean make = incremental && site.get().build() && (preset.isEmpty() || ClassArchive.foundByScript(site.get().output()));
        List<String> sharing = new ArrayList<>(archive.map(a -> a.options(make)).orElse(List.of()));
        boolean making = ClassArchive.makes(sharing);
        if (making) sharing.add("-D" + MAKING_ARCHIVE + "=" + archive.get().staged());
        // Under the script a rebuild runs in its first JVM, but for the one that makes the archive.
        if (!preset.isEmpty() && incremental && !making) return Optional.empty();
        Optional<List<String>> jvm = thisJvm().map(line -> withoutPreset(line, preset)).filter(line -> line.size() >= 2);
        // When the user chose every option the run would get, a second JVM would only map the class-data
        // archive, which saves less than starting Java again costs (docs/performance.md).
        if (jvm.isEmpty() || added(jvm.get().subList(1, jvm.get().size()), run).isEmpty()) return Optional.empty();
        return tuned(jvm.get(), run, sharing).map(line -> new Relaunch(line, sharing.isEmpty() ? Optional.empty() : archive));
    }

    /** The options the distribution's script started this JVM with ({@value #PRESET}); none for java -jar. */
    static List<String> preset() {
        String preset = System.getProperty(PRESET, "").trim();
        return preset.isEmpty() ? List.of() : List.of(preset.split(" +"));
    }

    /**
     * {@code jvm} without the script's options and its note of them: the options just before the note,
     * where the script puts them, when they are the ones it names, and the class-data archive it maps
     * ({@link ClassArchive#isScriptOptions}) just before those.
     */
    static List<String> withoutPreset(List<String> jvm, List<String> preset) {
        int note = jvm.indexOf("-D" + PRESET + "=" + String.join(" ", preset));
        if (note < 0) return jvm;
        List<String> line = new ArrayList<>(jvm);
        line.remove(note);
        int first = note - preset.size();
        if (first < 1 || !line.subList(first, note).equals(preset)) return line;
        line.subList(first, note).clear();
        if (first >= 3 && ClassArchive.isScriptOptions(line.subList(first - 2, first))) line.subList(first - 2, first).clear();
        return line;
    }

    /** {@code jvm} with the marker that keeps the second JVM from starting a third (see {@link #LAUNCHED}). */
    private static List<String> withMarker(List<String> jvm, String added) {
        List<String> line = new ArrayList<>(jvm);
        line.add(1, "-D" + LAUNCHED + "=" + added);
        return line;
    }

    /**
     * What a build or check reads and writes, as picocli parsed it.
     *
     * @param build a build, which writes; else a check
     */
    private record SiteRun(boolean build, Path content, Path output, boolean noCache) {
        static Optional<SiteRun> of(ParseResult command) {
            if (command == null) return Optional.empty();
            Object options = command.commandSpec().userObject();
            if (options instanceof BuildCommand b) return Optional.of(new SiteRun(true, b.options.site.content, b.output, b.options.noCache));
            if (options instanceof CheckCommand c) return Optional.of(new SiteRun(false, c.options.site.content, c.output, c.options.noCache));
            return Optional.empty();
        }

        /** The output, when the run uses the build cache beside it. */
        Optional<Path> cachedOutput() {
            return noCache ? Optional.empty() : Optional.of(output);
        }
    }

    /** Whether {@code content} holds fewer than {@link #SMALL_ARCHIVE} Markdown files (counted no further). */
    static boolean isSmall(Path content) {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).limit(SMALL_ARCHIVE).count() < SMALL_ARCHIVE;
        } catch (IOException | RuntimeException e) {
            return false; // the build reports a content folder it cannot read
        }
    }

    /**
     * True for {@code build} or {@code check} with an output whose last build left a page index beside
     * it (and not {@code --no-cache}): a run that renders only what changed. picocli reads the
     * arguments, as the command itself will; arguments it refuses are left for the command to report.
     */
    static boolean rebuildsIncrementally(String[] args) {
        return rebuildsIncrementally(SiteRun.of(subcommand(args)));
    }

    private static boolean rebuildsIncrementally(Optional<SiteRun> site) {
        return site.flatMap(SiteRun::cachedOutput).map(IncrementalBuild::hasBuilt).orElse(false);
    }

    /** True for the preview server, which runs long enough for the JVM's defaults to pay off. */
    static boolean isServe(String[] args) {
        return isServe(subcommand(args));
    }

    private static boolean isServe(ParseResult command) {
        return command != null && command.commandSpec().userObject() instanceof ServeCommand;
    }

    /** {@code import}, which may run for minutes over a large export: a run that earns its own JVM options. */
    private static boolean isImport(ParseResult command) {
        return command != null && command.commandSpec().userObject() instanceof ImportCommand;
    }

    /** The subcommand {@code args} run, as picocli parses it; null when they name none or do not parse. */
    private static ParseResult subcommand(String[] args) {
        try {
            return Standfirst.commandLine(args).parseArgs(args).subcommand();
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            return null;
        }
    }
}
