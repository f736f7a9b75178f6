package org.standfirst.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.standfirst.cli.Standfirst;
import picocli.CommandLine;

/**
 * A small site written inline by a test: content files as text blocks, the default theme copied
 * from the repository, built through the real command line into a temporary folder.
 */
public final class TestSite {
    /** The repository's own folders, found from the test's working directory (the project root). */
    public static final Path REPO = Path.of("").toAbsolutePath();
    public static final Path DEFAULT_THEME = REPO.resolve("templates");
    /**
     * The tests' own archive, a copy of the sample archive as it was when the tests were written. Tests
     * read it rather than {@code content/}, which a team that forks the repository replaces with its own
     * archive; only {@code ContentFolderTest} builds {@code content/}.
     */
    public static final Path FIXTURE_ARCHIVE = REPO.resolve("src/test/resources/archive");

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site in {@code dir} with the default theme and no content yet. */
    public static TestSite in(Path dir) {
        TestSite site = new TestSite(dir);
        copyTree(DEFAULT_THEME, dir.resolve("templates"));
        return site;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("site-output");
    }

    /** Writes a file under the site's root (e.g. "content/commentary/x.md"). */
    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid article: {@code article("commentary/x.md", "Title", "2014-06-17", "regions: [Iraq]")}. */
    public TestSite article(String path, String title, String date, String... extraFrontMatter) {
        StringBuilder text = new StringBuilder("---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: " + date + "\n");
        for (String line : extraFrontMatter) text.append(line).append('\n');
        text.append("---\n\nBody of ").append(title).append(".\n");
        return file("content/" + path, text.toString());
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves the modification time of every content and theme file ten seconds back, as if they had
     * been saved a while before the next build. A build trusts a file's time to tell its versions
     * apart only once the file-system tick it was saved in has passed, so without this a test that
     * writes and builds at once never sees a build that is up to date.
     */
    public TestSite settle() {
        for (Path folder : List.of(content(), root.resolve("templates"))) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                            Files.getLastModifiedTime(file).toInstant().minusSeconds(10)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Runs {@code standfirst <command> --content … --templates … [--output …] extra…}. */
    public Run run(String command, String... extra) {
        List<String> given = List.of(extra);
        List<String> args = new ArrayList<>(List.of(command));
        if (!given.contains("--content")) args.addAll(List.of("--content", content().toString()));
        if (!given.contains("--templates")) args.addAll(List.of("--templates", root.resolve("templates").toString()));
        boolean hasOutput = command.equals("build") || command.equals("check");
        if (hasOutput && !given.contains("--output")) args.addAll(List.of("--output", output().toString()));
        args.addAll(given);
        return Run.of(args.toArray(String[]::new));
    }

    public Run build(String... extra) {
        return run("build", extra);
    }

    /**
     * Builds as {@link #build(String...)} does, but through {@code cli}, one command line from
     * {@link Standfirst#commandLine()} kept for many builds: making picocli's model of every command
     * again takes about a tenth of a small site's rebuild, which counts in a test that builds hundreds
     * of times. picocli resets every option to its default before each parse, so no option carries over.
     */
    public Run build(CommandLine cli, String... extra) {
        List<String> given = List.of(extra);
        List<String> args = new ArrayList<>(List.of("build"));
        if (!given.contains("--content")) args.addAll(List.of("--content", content().toString()));
        if (!given.contains("--templates")) args.addAll(List.of("--templates", root.resolve("templates").toString()));
        if (!given.contains("--output")) args.addAll(List.of("--output", output().toString()));
        args.addAll(given);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds and fails the test, showing the problems, unless the build succeeded. */
    public Run buildOk(String... extra) {
        Run run = build(extra);
        assertEquals(0, run.exitCode(), () -> "build failed:\n" + run.err());
        return run;
    }

    /** A page of the output, parsed; {@code sitePath} like "regions/iraq/" or "404.html". */
    public Document page(String sitePath) {
        Path file = pageFile(sitePath);
        assertTrue(Files.isRegularFile(file), () -> "no page at " + sitePath);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pageFile(String sitePath) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        return output().resolve(file);
    }

    public boolean hasPage(String sitePath) {
        return Files.isRegularFile(pageFile(sitePath));
    }

    /** The outcome of one command-line run. */
    public record Run(int exitCode, String out, String err) {
        private static final Pattern RENDERED = Pattern.compile("^Built [\\d,]+ pages \\(([\\d,]+) rendered, [\\d,]+ unchanged\\)",
                Pattern.MULTILINE);
        private static final Pattern BUILT = Pattern.compile("^Built ([\\d,]+) pages", Pattern.MULTILINE);

        public static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Standfirst.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        }

        /** The problem lines printed, without the closing count line. */
        public List<String> problems() {
            return err.lines().filter(l -> l.matches("^[^ ]+?:(\\d+:)?(\\d+:)? .*")).toList();
        }

        /**
         * How many pages the build rendered, from its report: "Built 40 pages (3 rendered, 37 unchanged) …",
         * or every page of "Built 40 pages …". Fails for a run that built nothing.
         */
        public int rendered() {
            Matcher counts = RENDERED.matcher(out);
            return counts.find() ? Integer.parseInt(counts.group(1).replace(",", "")) : pages();
        }

        /** How many pages the build's site has, from its report ("Built 40 pages …"). Fails for a run that built nothing. */
        public int pages() {
            Matcher total = BUILT.matcher(out);
            assertTrue(total.find(), () -> "no pages built: " + out);
            return Integer.parseInt(total.group(1).replace(",", ""));
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
