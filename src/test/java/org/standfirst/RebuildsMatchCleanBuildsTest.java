package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.cli.Standfirst;
import org.standfirst.support.TestImages;
import org.standfirst.support.TestSite;
import org.standfirst.support.Trees;
import org.standfirst.write.SiteWriter;
import picocli.CommandLine;

/**
 * A seeded differential test: a random sequence of edits to a small archive, and after every one an
 * incremental build (with the cache) and a clean build of the same content ({@code --no-cache}, into
 * another folder), which must give byte-identical output and the same problems. A rebuild that keeps a
 * page it should have rendered again, or leaves a file it should have removed, shows up as a difference.
 *
 * <p>Every file written gets its modification time from a fake clock that starts in 2020 and only moves
 * forward: the article cache ignores files saved within two seconds of a build ("racily clean"), so with
 * real times nothing written here would ever be taken from the cache, and the test would not test it.
 *
 * <p>A failure names the seed and the edit; {@code -Dstandfirst.seed=<seed>} repeats exactly that
 * sequence, and a list ({@code -Dstandfirst.seed=1,2,3}) runs several, reporting every one that fails:
 * {@code mvn test -Dtest=RebuildsMatchCleanBuildsTest -Dstandfirst.seed=1,2,3}. The test command runs
 * one seed of {@value #EDITS} edits, two builds each; every kind of edit is drawn at least once in a
 * sequence (see {@link Session#edit}), so a short sequence still exercises all of them, and exploring
 * more seeds is for a developer's machine.
 */
class RebuildsMatchCleanBuildsTest {
    /** The seed CI runs, so that a run is repeatable; {@code -Dstandfirst.seed} explores others. */
    private static final long DEFAULT_SEED = 20_260_601L;
    private static final int EDITS = 200;
    /** A touch check after this many edits, and another after the last. */
    private static final int TOUCH_CHECK_AFTER = 100;
    /**
     * Every kind not drawn yet is due by this edit: spread at random over the edits before it, with
     * the edits after it left to retry a kind that did not apply when it was due (a delete when few
     * pieces are left).
     */
    private static final int EVERY_KIND_BY = EDITS * 3 / 4;
    /**
     * After a touch of every source file (no byte changed), a rebuild renders only the index pages that
     * are rendered on every build — home, regions, authors, topics, archive, search and 404: seven — and
     * keeps everything else, since every page's key is made from content, not from file times.
     */
    private static final int MAX_RENDERED_AFTER_TOUCH = 7;

    @TempDir
    Path dir;

    @Test
    void rebuildsAfterSeededEditsMatchCleanBuilds() {
        List<AssertionError> failures = new ArrayList<>();
        for (long seed : seeds()) {
            try {
                new Session(seed, dir.resolve("seed-" + seed)).run();
            } catch (AssertionError e) {
                failures.add(e); // the other seeds still run: one exploring run finds every failing one
            }
        }
        if (failures.isEmpty()) return;
        if (failures.size() == 1 && seeds().size() == 1) throw failures.get(0);
        String each = failures.stream().map(f -> f.getMessage().lines().findFirst().orElse(""))
                .collect(Collectors.joining("\n"));
        AssertionError first = new AssertionError(failures.size() + " of " + seeds().size() + " seeds failed:\n"
                + each + "\nthe first:\n" + failures.get(0).getMessage(), failures.get(0));
        failures.stream().skip(1).forEach(first::addSuppressed);
        throw first;
    }

    /** {@code -Dstandfirst.seed=42}, or several: {@code -Dstandfirst.seed=1,2,3}; else the default. */
    private static List<Long> seeds() {
        String given = System.getProperty("standfirst.seed", "");
        if (given.isBlank()) return List.of(DEFAULT_SEED);
        return Arrays.stream(given.split(",")).map(String::strip).map(Long::parseLong).toList();
    }

    /**
     * What can change between two builds, each with a short name for failure messages, how often it
     * is drawn, and the archive method that makes it (returning a description, or null when it does
     * not apply now, e.g. deleting a piece when few are left).
     *
     * <p>Which kinds catch which class of bug:
     * <ul>
     * <li>title, date, summary, authors, regions, topics, type: a piece's key missing a field, or a
     * page that shows a piece (neighbours, related pieces, listing pages, feeds, sitemap) not keyed by
     * it; dates, regions, authors, topics and types also move pieces between listings and their pages
     * and change related pieces (the kept related pieces keyed too narrowly);
     * <li>body: kept bodies, feeds (whole bodies), links from other bodies resolved again or not;
     * <li>add, delete, rename (moved, given a slug, made a page bundle or a single file again), draft:
     * stale pages, feeds, citation files or folders left in the output, pagination not shifting, body
     * links to the piece not resolved again (their warnings must come and go as in a clean build), the
     * article cache keyed by something other than the path;
     * <li>alias and redirects.csv: redirect pages and {@code _redirects} not rewritten or not removed;
     * <li>image/lang/correction, static files, attachments: the article cache's file lookups (an image
     * that must exist, a PDF whose size the page shows), copied files kept when their source changed,
     * generated files (robots.txt) a static file takes the place of, and back;
     * <li>raster image replaced: the derivatives a page names kept stale, a lead image's pieces or a body
     * that shows the image not keyed by what the image's derivatives are now;
     * <li>author and region profiles, region parent: profile keys, rolled-up region listings,
     * breadcrumbs, the region tree on every page that shows it, photos copied beside profile pages;
     * <li>template, partial, css, site.yml, build options: template keys missing a template they use,
     * settings or options missing from what every page is keyed by, theme assets not copied again,
     * feeds and the sitemap not removed when base_url goes;
     * <li>relative and computed includes: a template's key missing a partial it uses (found beside
     * the template, or named by an expression, which must key the page with the whole theme);
     * <li>saves twice in one tick: a file keyed by its size and time when that time cannot yet tell
     * its versions apart (the record of the last build, a copied file);
     * <li>failing build: both fail alike, neither touches its output, and the next build, from the
     * cache a failed build left, still matches a clean one;
     * <li>nothing: the "up to date" shortcut must repeat the last build exactly.
     * </ul>
     */
    enum Kind {
        TITLE("title", 3, Archive::editTitle),
        DATE("date", 3, Archive::editDate),
        SUMMARY("summary", 2, Archive::editSummary),
        REGIONS("regions", 2, Archive::editRegions),
        TOPICS("topics", 2, Archive::editTopics),
        AUTHORS("authors", 2, Archive::editAuthors),
        BODY("body", 3, Archive::editBody),
        ADD("add piece", 2, Archive::addPiece),
        DELETE("delete piece", 2, Archive::deletePiece),
        RENAME("rename piece", 2, Archive::renamePiece),
        DRAFT("draft", 2, Archive::toggleDraft),
        ALIAS("alias", 2, Archive::toggleAlias),
        TYPE("type", 1, Archive::editType),
        EXTRAS("image/lang/correction", 2, Archive::toggleExtra),
        AUTHOR_PROFILE("author profile", 2, Archive::editAuthorProfile),
        REGION_PROFILE("region profile", 1, Archive::editRegionProfile),
        REGION_PARENT("region parent", 2, Archive::editRegionParent),
        TEMPLATE("template", 2, Archive::editTemplate),
        PARTIAL("partial", 2, Archive::editPartial),
        CSS("css", 1, Archive::editCss),
        OVERRIDE("theme file removed or back", 1, Archive::toggleOverride),
        SITE_YML("site.yml", 2, Archive::editSettings),
        PHOTO("raster image replaced", 2, Archive::replacePhoto),
        STATIC_CHANGE("static changed", 1, Archive::changeStatic),
        STATIC_ADD("static added", 1, Archive::addStatic),
        STATIC_REMOVE("static removed", 1, Archive::removeStatic),
        ATTACHMENT("attachment", 1, Archive::changeAttachment),
        REDIRECTS("redirects.csv", 1, Archive::editRedirects),
        RELATIVE_INCLUDE("relative include", 1, Archive::toggleRelativeInclude),
        COMPUTED_INCLUDE("computed include", 1, Archive::toggleComputedInclude),
        RACY_SAVE("saved twice in one tick", 1, Archive::saveTwiceInOneTick),
        RACY_COPY("static saved twice in one tick", 1, Archive::saveStaticTwiceInOneTick),
        FAILING("failing build, then fixed", 1, Archive::breakBuild),
        OPTIONS("build options", 1, Archive::toggleOption),
        NOTHING("nothing", 1, (archive, random) -> "no change");

        final String label;
        final int weight;
        final BiFunction<Archive, Random, String> edit;

        Kind(String label, int weight, BiFunction<Archive, Random, String> edit) {
            this.label = label;
            this.weight = weight;
            this.edit = edit;
        }
    }

    /** One seeded run: the archive, its edits, and a comparison after each. */
    private static final class Session {
        private final long seed;
        private final Random random;
        private final TestSite site;
        private final Path clean;
        private final Archive archive;
        /** One command line for all the session's builds (see {@link TestSite#build(CommandLine, String...)}). */
        private final CommandLine cli = Standfirst.commandLine();
        private final Deque<String> history = new ArrayDeque<>();
        private final Map<Kind, Integer> drawn = new EnumMap<>(Kind.class);
        private int renderedTotal;

        Session(long seed, Path root) {
            this.seed = seed;
            this.random = new Random(seed);
            this.site = TestSite.in(root.resolve("site"));
            // Beside a folder of its own, so the clean build shares no cache folder (not even the
            // build record that a --no-cache build forgets) with the incremental one.
            this.clean = root.resolve("clean").resolve("site-output");
            this.archive = new Archive(site, new FakeClock());
        }

        void run() {
            archive.writeInitial(random);
            step(0, "initial archive", this::compareBuilds);
            for (int n = 1; n <= EDITS; n++) {
                String description;
                try {
                    description = edit(n);
                } catch (RuntimeException e) {
                    throw failure(n, "while making it", e);
                }
                if (archive.hasSecondHalf()) {
                    step(n, description + " (first half)", archive.firstHalfFails() ? this::compareFailures : this::compareBuilds);
                    description += archive.secondHalf();
                }
                step(n, description, this::compareBuilds);
                if (n == TOUCH_CHECK_AFTER || n == EDITS) step(n, "touch every source file", this::touchCheck);
            }
            System.out.printf("seed=%d: %d edits, %d pages rendered in all, kinds drawn %s%n", seed, EDITS,
                    renderedTotal, drawn);
            Set<Kind> neverDrawn = EnumSet.allOf(Kind.class);
            neverDrawn.removeAll(drawn.keySet());
            assertThat(neverDrawn).as("kinds of edit never drawn in %d edits with seed %d", EDITS, seed).isEmpty();
        }

        /**
         * Draws an edit kind that applies now, makes the edit, and says what it was. A kind not drawn yet
         * comes first with a chance that makes every kind due by {@link #EVERY_KIND_BY}, so no kind
         * depends on luck; the rest are drawn by weight.
         */
        private String edit(int n) {
            List<Kind> owed = Arrays.stream(Kind.values()).filter(k -> !drawn.containsKey(k)).toList();
            boolean payOwed = !owed.isEmpty() && random.nextInt(Math.max(1, EVERY_KIND_BY - n + 1)) < owed.size();
            while (true) {
                Kind kind = payOwed ? owed.get(random.nextInt(owed.size())) : draw();
                payOwed = false; // one that does not apply now is owed still; draw by weight instead
                String description = kind.edit.apply(archive, random);
                if (description == null) continue;
                description = description.replace("\n", " ⏎ ");
                drawn.merge(kind, 1, Integer::sum);
                String line = "#" + n + " " + kind.label + ": " + description;
                history.addLast(line);
                if (history.size() > 8) history.removeFirst();
                return kind.label + ": " + description;
            }
        }

        private Kind draw() {
            int total = 0;
            for (Kind kind : Kind.values()) total += kind.weight;
            int pick = random.nextInt(total);
            for (Kind kind : Kind.values()) {
                pick -= kind.weight;
                if (pick < 0) return kind;
            }
            throw new AssertionError("unreachable");
        }

        /** Runs a check, and on failure says which seed and edit led there and what came before. */
        private void step(int n, String description, Runnable check) {
            try {
                check.run();
            } catch (AssertionError | RuntimeException e) {
                throw failure(n, description, e);
            }
        }

        /** "seed=… edit #n (…)", the edits before it, and what went wrong. */
        private AssertionError failure(int n, String description, Throwable e) {
            String message = "seed=" + seed + " edit #" + n + " (" + description + ")\n"
                    + "repeat with -Dstandfirst.seed=" + seed + "; the last edits:\n  "
                    + String.join("\n  ", history) + "\n" + e.getMessage();
            if (!(e instanceof AssertionError)) return new AssertionError(message, e); // a crash: keep its trace
            AssertionError failed = new AssertionError(message);
            failed.setStackTrace(e.getStackTrace());
            return failed;
        }

        /** The incremental build and a clean build of the same content agree, byte for byte. */
        private void compareBuilds() {
            TestSite.Run incremental = incrementalBuild();
            TestSite.Run fresh = cleanBuildIntoNothing();
            assertThat(incremental.exitCode()).as("incremental build:\n%s", incremental.err()).isZero();
            assertThat(fresh.exitCode()).as("clean build:\n%s", fresh.err()).isZero();
            assertSameTrees(site.output(), clean);
            assertThat(incremental.problems()).as("problems of the incremental build against the clean one")
                    .isEqualTo(fresh.problems());
            renderedTotal += rendered(incremental);
        }

        /** The normal build, with the cache beside the output, and the options the edits chose. */
        private TestSite.Run incrementalBuild() {
            return site.build(cli, archive.options().toArray(String[]::new));
        }

        /**
         * {@link #cleanBuild} into an empty folder: a build with no cache into an output that holds a
         * site updates it in place, as a rebuild does, so the reference is made from nothing.
         */
        private TestSite.Run cleanBuildIntoNothing() {
            try {
                SiteWriter.deleteTree(clean);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return cleanBuild();
        }

        /** The same content and options built afresh into a folder of its own. */
        private TestSite.Run cleanBuild() {
            List<String> args = new ArrayList<>(archive.options());
            args.addAll(List.of("--no-cache", "--output", clean.toString()));
            return site.build(cli, args.toArray(String[]::new));
        }

        /** Both builds fail alike, and neither touches its output. */
        private void compareFailures() {
            Map<String, String> before = stamps(site.output());
            Map<String, String> cleanBefore = stamps(clean);
            TestSite.Run incremental = incrementalBuild();
            TestSite.Run fresh = cleanBuild();
            assertThat(incremental.exitCode()).as("incremental build:\n%s", incremental.err()).isEqualTo(1);
            assertThat(fresh.exitCode()).as("clean build:\n%s", fresh.err()).isEqualTo(1);
            assertThat(incremental.problems()).as("problems of the failed builds").isEqualTo(fresh.problems());
            assertThat(changedKeys(before, stamps(site.output()))).as("output changed by a failed build").isEmpty();
            assertThat(changedKeys(cleanBefore, stamps(clean))).as("clean output changed by a failed build").isEmpty();
        }

        /**
         * Every source file gets a later time and the same bytes: the rebuild must still match a clean
         * build, render only the pages rendered on every build, and write no file, so that rsync or
         * {@code aws s3 sync} would upload nothing.
         */
        private void touchCheck() {
            Map<String, String> before = stamps(site.output());
            archive.touchEverything();
            TestSite.Run run = incrementalBuild();
            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, String> after = stamps(site.output());
            int rendered = rendered(run);
            System.out.printf("seed=%d touch check: %s; files rewritten: %d%n", seed, run.out().strip(),
                    changedKeys(before, after).size());
            assertThat(changedKeys(before, after)).as("output files rewritten (time or inode) by a touch-only rebuild")
                    .isEmpty();
            assertThat(rendered).as("pages rendered after a touch: %s", run.out()).isLessThanOrEqualTo(MAX_RENDERED_AFTER_TOUCH);
            TestSite.Run fresh = cleanBuildIntoNothing();
            assertThat(fresh.exitCode()).as(fresh.err()).isZero();
            assertSameTrees(site.output(), clean);
            assertThat(run.problems()).isEqualTo(fresh.problems());
        }
    }

    /** How many pages a build rendered: none when it found the output up to date. */
    private static int rendered(TestSite.Run run) {
        return run.out().contains("is up to date") ? 0 : run.rendered();
    }

    /**
     * Fails naming the files that differ, with the first differing line of the first of them. Folders
     * are compared too: an empty folder left behind by a deleted page would be synced as well.
     */
    private static void assertSameTrees(Path incremental, Path clean) {
        assertThat(folders(incremental)).as("folders of the incremental output against the clean one")
                .isEqualTo(folders(clean));
        List<String> differ = Trees.differing(incremental, clean);
        if (differ.isEmpty()) return;
        StringBuilder message = new StringBuilder("incremental and clean output differ in " + differ.size()
                + " files: " + differ + "\n");
        for (String file : differ) {
            if (Files.exists(incremental.resolve(file)) && Files.exists(clean.resolve(file))) {
                message.append(firstDifference(file, incremental.resolve(file), clean.resolve(file)));
                break;
            }
        }
        for (String file : differ) {
            if (!Files.exists(incremental.resolve(file))) message.append("  only in the clean build: ").append(file).append('\n');
            else if (!Files.exists(clean.resolve(file))) message.append("  only in the incremental build: ").append(file).append('\n');
        }
        throw new AssertionError(message.toString());
    }

    private static String firstDifference(String name, Path a, Path b) {
        List<String> left = lines(a);
        List<String> right = lines(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "<end>";
            String r = i < right.size() ? right.get(i) : "<end>";
            if (!l.equals(r)) {
                int at = 0;
                while (at < l.length() && at < r.length() && l.charAt(at) == r.charAt(at)) at++;
                return "  " + name + " line " + (i + 1) + ", from column " + (at + 1) + ":\n    incremental: "
                        + around(l, at) + "\n    clean:       " + around(r, at) + "\n";
            }
        }
        return "  " + name + ": differs in line endings or bytes\n";
    }

    /** A long line shown around the column where it starts to differ. */
    private static String around(String line, int column) {
        int from = Math.max(0, column - 80);
        int to = Math.min(line.length(), column + 160);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("<unreadable: " + e + ">");
        }
    }

    private static Set<String> folders(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isDirectory).map(f -> root.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> changedKeys(Map<String, String> a, Map<String, String> b) {
        Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all.stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).toList();
    }

    /** Each output file's modification time and (where the file system has them) inode. */
    private static Map<String, String> stamps(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String stamp = Files.getLastModifiedTime(file).toString();
                try {
                    stamp += " ino " + Files.getAttribute(file, "unix:ino");
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    // No inodes here (not a Unix file system): the time alone has to do.
                }
                out.put(root.relativize(file).toString(), stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Modification times for written files: 2020 onwards, a few seconds apart, never the same twice,
     * so every file looks long settled (and cacheable) to a build that runs now.
     */
    private static final class FakeClock {
        private Instant now = Instant.parse("2020-01-01T00:00:00Z");

        FileTime next() {
            now = now.plusSeconds(3);
            return FileTime.from(now);
        }
    }

    /** A piece as it is on disk; {@link Archive#write(PieceFile)} turns it into its file. */
    private static final class PieceFile {
        String folder; // the type's folder: commentary or reports
        String name; // the file name without .md (or the bundle's folder)
        boolean bundle; // reports/<name>/index.md with report.pdf beside it
        String title;
        LocalDate date;
        String time; // e.g. "T09:30:00+01:00", or null for a date alone
        LocalDate updated;
        String summary;
        List<String> authors = new ArrayList<>();
        boolean singleAuthorKey; // `author: X` instead of `authors: [X]`
        List<String> regions = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        String body;
        boolean draft;
        List<String> aliases = new ArrayList<>();
        String type; // `type:`, else null: the folder names the type
        String slug; // `slug:`, else null: the file name is the slug
        boolean image;
        /** A raster lead image (images/photo.png), whose derivatives its pages and listings name; before {@link #image}. */
        boolean photo;
        boolean rtl; // lang: ar
        boolean correction;
        boolean staticPdf; // pdf: /files/report.pdf

        /** Neither a draft nor held back for a future date. */
        boolean published() {
            return !draft && date.getYear() < 2999;
        }

        String path() {
            return folder + "/" + name + (bundle ? "/index.md" : ".md");
        }
    }

    private record AuthorProfile(String name, String role, String bio) {
    }

    private record RegionProfile(String name, String description, String parent, String body) {
    }

    /**
     * The archive as a model, written to the test site's files: pieces, profiles, settings, static
     * files and the site's own copy of the theme. Every edit method changes the model, rewrites the
     * files it touched (with a time from the fake clock), and describes what it did.
     */
    private static final class Archive {
        private static final List<String> WORDS = List.of("oil", "water", "the", "Gulf's", "quiet", "crisis",
                "after", "Vienna", "talks", "reform", "Zoë", "and", "border", "militia", "election", "—", "“hard”",
                "sanctions", "of", "treaty", "Basra", "northern", "flank", "budget", "ceasefire");
        // Small on purpose: every build, clean ones too, renders a page per piece, author, region, topic,
        // type and year (and a feed for most), and every edit is followed by two builds.
        private static final int INITIAL_PIECES = 5;
        private static final int MIN_PIECES = 4;
        private static final int MAX_PIECES = 8;
        private static final List<Integer> YEARS = List.of(2016, 2017);
        private static final List<String> PEOPLE = List.of("Ann Lee", "Carla Díaz", "Guest Writer");
        /** The same people by profile id; Guest Writer has no profile (an edit may add one). */
        private static final Map<String, String> IDS = Map.of("Ann Lee", "ann-lee", "Carla Díaz", "carla-diaz");
        private static final List<String> REGIONS = List.of("Middle East", "Gulf", "Europe", "Syria");
        /** The regions with profiles; Syria has none (an edit may add one). */
        private static final Map<String, String> REGION_IDS = Map.of("Middle East", "middle-east", "Gulf", "gulf",
                "Europe", "europe");
        private static final List<String> TOPICS = List.of("Oil", "Energy policy");
        /** The regions' ids in a fixed order (a Map.of's order changes from one JVM to the next, and a seed must not). */
        private static final List<String> REGION_PAGES = List.of("europe", "gulf", "middle-east");
        /**
         * Link targets that exist only while some other file says so: a topic page while a published
         * piece has the topic, a year while a piece is dated in it, a second listing page while there
         * are enough pieces, feeds while base_url is set, a static file while it is there.
         */
        private static final List<String> COMINGS_AND_GOINGS = List.of("/topics/oil/", "/topics/energy-policy/",
                "/authors/guest-writer/", "/regions/syria/", "/archive/2017/", "/commentary/page/2/", "/briefings/",
                "/feed.xml", "/robots.txt", "/files/extra-9.txt", "/files/extra-30.txt", "../p4/", "/reports/b5/notes.txt");
        private static final List<String> PAGE_TEMPLATES = List.of("base.peb", "article.peb", "listing.peb",
                "region.peb", "author.peb", "home.peb", "regions.peb", "authors.peb", "topics.peb", "archive.peb",
                "404.peb");
        private static final List<String> PARTIALS = List.of("partials/summary.peb", "partials/names.peb",
                "partials/author-card.peb", "partials/pagination.peb", "partials/region-tree.peb",
                "partials/institutional.peb", "partials/extra.peb");
        private static final List<String> SCHEMA = List.of("NewsArticle", "Report", "OpinionNewsArticle",
                "AnalysisNewsArticle", "ScholarlyArticle", "BlogPosting", "Article");

        private final TestSite site;
        private final FakeClock clock;
        private final List<PieceFile> pieces = new ArrayList<>();
        private final Map<String, AuthorProfile> authors = new TreeMap<>();
        private final Map<String, RegionProfile> regions = new TreeMap<>();
        /** Static files by their path under content/static/. */
        private final Map<String, String> statics = new TreeMap<>();
        /** The size of images/photo.png, a raster image kept apart from the text statics. */
        private int[] photoSize = {240, 160};
        /** Each template's original text, and what an edit inserted into it ("" for nothing). */
        private final Map<String, String> originals = new TreeMap<>();
        private final Map<String, String> inserts = new TreeMap<>();
        /** Includes written other than by their path from the theme's folder, by template ("" for none). */
        private final Map<String, String> includes = new TreeMap<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, String> schemaTypes = new LinkedHashMap<>();
        private final List<String> extraAssets = new ArrayList<>();
        /** Command-line options of both builds, as a preview and then a publishing build would differ. */
        private final List<String> options = new ArrayList<>();
        private boolean annHasPhoto; // `photo: ann-lee.svg`, a file copied beside her page
        private int counter; // names new files, aliases and markers, so none is ever used twice
        /**
         * The rest of an edit made in two steps with a build between (a failing edit and its fix, or
         * two saves in one tick): it says what it did. Null for the other edits.
         */
        private Supplier<String> secondHalf;
        private boolean firstHalfFails;

        Archive(TestSite site, FakeClock clock) {
            this.site = site;
            this.clock = clock;
        }

        // ---------------------------------------------------------------- the archive to start from

        void writeInitial(Random random) {
            settings.put("title", "Test Institute");
            settings.put("tagline", "Analysis");
            settings.put("base_url", "https://example.org/archive/");
            settings.put("page_size", "3");
            settings.put("citation_style", "chicago");
            schemaTypes.put("Commentary", "OpinionNewsArticle");
            schemaTypes.put("Reports", "Report");
            schemaTypes.put("Briefings", "AnalysisNewsArticle");
            writeSettings();
            authors.put("ann-lee", new AuthorProfile("Ann Lee", "Fellow", "Ann writes on *the Gulf*.\n\nA second paragraph."));
            authors.put("carla-diaz", new AuthorProfile("Carla Díaz", "", "Carla writes on Europe."));
            writeFile("content/authors/ann-lee.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
            authors.keySet().forEach(this::writeAuthor);
            regions.put("middle-east", new RegionProfile("Middle East", "The wider region.", null, "The region."));
            regions.put("gulf", new RegionProfile("Gulf", "The Gulf states.", "middle-east", "The Gulf."));
            regions.put("europe", new RegionProfile("Europe", "The continent.", null, "Europe."));
            regions.keySet().forEach(this::writeRegion);
            statics.put("files/note.txt", "a static file\n");
            statics.put("files/report.pdf", "%PDF-1.4 a report\n");
            statics.put("images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
            statics.keySet().forEach(this::writeStatic);
            writePhoto();
            writeFile("content/redirects.csv", "old,new\n/legacy/home/,/archive/\n");
            for (int i = 0; i < INITIAL_PIECES; i++) {
                PieceFile piece = newPiece(random, i < INITIAL_PIECES - 2 ? "commentary" : "reports", i == INITIAL_PIECES - 1);
                pieces.add(piece);
            }
            for (PieceFile piece : pieces) {
                piece.body = body(random, piece); // links to the others, now that they exist
                write(piece);
            }
            writeTheme();
        }

        /** The theme as copied, with a partial no template includes yet (an edit may include it). */
        private void writeTheme() {
            for (String template : concat(PAGE_TEMPLATES, PARTIALS)) {
                Path file = site.root().resolve("templates").resolve(template);
                originals.put(template, Files.exists(file) ? read(file) : "<!-- extra partial -->\n");
                inserts.put(template, "");
                writeTemplate(template);
            }
            writeFile("templates/assets/style.css", read(site.root().resolve("templates/assets/style.css")));
        }

        private PieceFile newPiece(Random random, String folder, boolean bundle) {
            PieceFile piece = new PieceFile();
            piece.folder = folder;
            piece.bundle = bundle;
            piece.name = (bundle ? "b" : "p") + (++counter);
            piece.title = title(random);
            piece.date = date(random);
            piece.summary = random.nextBoolean() ? sentence(random) : null;
            piece.authors = pick(random, PEOPLE, 0, 2).stream().map(p -> nameOrId(random, p, IDS)).toList();
            piece.singleAuthorKey = piece.authors.size() == 1 && random.nextBoolean();
            piece.regions = pick(random, REGIONS, 0, 2).stream().map(r -> nameOrId(random, r, REGION_IDS)).toList();
            piece.topics = pick(random, TOPICS, 0, 1);
            piece.staticPdf = !bundle && random.nextInt(5) == 0;
            piece.body = "A first body.\n";
            return piece;
        }

        // ---------------------------------------------------------------- piece edits

        String editTitle(Random random) {
            PieceFile piece = anyPiece(random);
            piece.title = random.nextInt(4) == 0 ? anyPiece(random).title : title(random); // sometimes a twin
            write(piece);
            return piece.path() + " → \"" + piece.title + "\"";
        }

        String editDate(Random random) {
            PieceFile piece = anyPiece(random);
            // Sometimes the same day as another piece: then title and path decide the order.
            PieceFile twin = anyPiece(random);
            piece.date = random.nextInt(3) == 0 ? twin.date : date(random);
            // A time of day orders pieces of one day; one far ahead is held back until its day.
            piece.time = random.nextInt(4) == 0 ? "T" + (10 + random.nextInt(10)) + ":30:00+01:00" : null;
            if (random.nextInt(15) == 0) piece.date = LocalDate.of(2999, 1, 1);
            piece.updated = random.nextInt(3) == 0 ? piece.date.plusDays(1 + random.nextInt(400)) : null;
            write(piece);
            return piece.path() + " → " + piece.date + (piece.time == null ? "" : piece.time)
                    + (piece.updated == null ? "" : ", updated " + piece.updated);
        }

        String editSummary(Random random) {
            PieceFile piece = anyPiece(random);
            piece.summary = piece.summary == null || random.nextBoolean() ? sentence(random) : null;
            write(piece);
            return piece.path() + " → " + (piece.summary == null ? "none (the body's first paragraph)" : piece.summary);
        }

        String editRegions(Random random) {
            PieceFile piece = anyPiece(random);
            piece.regions = pick(random, REGIONS, 0, 3).stream().map(r -> nameOrId(random, r, REGION_IDS)).toList();
            write(piece);
            return piece.path() + " → " + piece.regions;
        }

        String editTopics(Random random) {
            PieceFile piece = anyPiece(random);
            piece.topics = pick(random, TOPICS, 0, 2);
            write(piece);
            return piece.path() + " → " + piece.topics;
        }

        String editAuthors(Random random) {
            PieceFile piece = anyPiece(random);
            piece.authors = pick(random, PEOPLE, 0, 3).stream().map(p -> nameOrId(random, p, IDS)).toList();
            piece.singleAuthorKey = piece.authors.size() == 1 && random.nextBoolean();
            write(piece);
            return piece.path() + " → " + piece.authors;
        }

        String editBody(Random random) {
            PieceFile piece = anyPiece(random);
            piece.body = body(random, piece);
            write(piece);
            return piece.path() + " → " + piece.body.lines().findFirst().orElse("") + " …";
        }

        String addPiece(Random random) {
            if (pieces.size() >= MAX_PIECES) return null;
            PieceFile piece = newPiece(random, random.nextBoolean() ? "commentary" : "reports", random.nextInt(4) == 0);
            pieces.add(piece);
            piece.body = body(random, piece);
            write(piece);
            return piece.path() + " \"" + piece.title + "\" " + piece.date;
        }

        String deletePiece(Random random) {
            if (pieces.size() <= MIN_PIECES) return null;
            PieceFile piece = anyPiece(random);
            pieces.remove(piece);
            remove(piece);
            return piece.path();
        }

        /** Moves the file (as {@code mv} does, keeping its time), sometimes into the other type's folder. */
        String renamePiece(Random random) {
            PieceFile piece = anyPiece(random);
            if (random.nextInt(4) == 0) { // a new address without moving the file
                piece.slug = piece.slug == null ? "s" + (++counter) : null;
                write(piece);
                return piece.path() + " slug " + piece.slug;
            }
            String from = piece.path();
            Path oldPlace = place(piece);
            boolean convert = random.nextInt(5) == 0; // a single file becomes a page bundle, or the other way round
            if (convert) remove(piece);
            if (random.nextInt(3) == 0) piece.folder = piece.folder.equals("commentary") ? "reports" : "commentary";
            if (convert) piece.bundle = !piece.bundle;
            piece.name = (piece.bundle ? "b" : "p") + (++counter);
            if (convert) write(piece);
            else move(oldPlace, place(piece));
            return from + " → " + piece.path();
        }

        /** Drafts a piece or publishes a draft again, about as often, so the archive does not empty out. */
        String toggleDraft(Random random) {
            List<PieceFile> drafts = pieces.stream().filter(p -> p.draft).toList();
            boolean publish = !drafts.isEmpty() && (random.nextBoolean() || drafts.size() > 2);
            PieceFile piece = publish ? any(random, drafts) : anyPiece(random);
            if (!publish && (piece.draft || pieces.stream().filter(PieceFile::published).count() <= 3)) return null;
            piece.draft = !piece.draft;
            write(piece);
            return piece.path() + (piece.draft ? " drafted" : " published again");
        }

        /** Adds an old address (a path, or a query only a redirect rule can match), or drops one. */
        String toggleAlias(Random random) {
            PieceFile piece = anyPiece(random);
            if (!piece.aliases.isEmpty() && random.nextBoolean()) {
                String gone = piece.aliases.remove(random.nextInt(piece.aliases.size()));
                write(piece);
                return piece.path() + " loses " + gone;
            }
            String alias = random.nextInt(4) == 0 ? "/?p=" + (++counter) : "/old/" + (++counter) + "/";
            piece.aliases.add(alias);
            write(piece);
            return piece.path() + " gains " + alias;
        }

        /** A lead image (a static file, looked up when the article is read), a right-to-left language, or a correction. */
        String toggleExtra(Random random) {
            PieceFile piece = anyPiece(random);
            String what;
            switch (random.nextInt(4)) {
                case 0 -> {
                    piece.image = !piece.image;
                    what = (piece.image ? " gets" : " loses") + " image /images/map.svg";
                }
                case 3 -> {
                    piece.photo = !piece.photo;
                    what = (piece.photo ? " gets" : " loses") + " raster image /images/photo.png";
                }
                case 1 -> {
                    piece.rtl = !piece.rtl;
                    what = piece.rtl ? " in Arabic (rtl)" : " back in the site's language";
                }
                default -> {
                    piece.correction = !piece.correction;
                    what = (piece.correction ? " gets" : " loses") + " a correction";
                }
            }
            write(piece);
            return piece.path() + what;
        }

        /** A `type:` naming another type (a new listing, a new section in every page's navigation), or none. */
        String editType(Random random) {
            PieceFile piece = anyPiece(random);
            piece.type = any(random, Arrays.asList(null, "Briefings", "Commentary", "Reports"));
            write(piece);
            return piece.path() + " type " + piece.type;
        }

        // ---------------------------------------------------------------- profiles

        /** A role, a bio, a new display name or a photo; or the profile of the author without one added (or removed again). */
        String editAuthorProfile(Random random) {
            if (random.nextInt(5) == 0) {
                if (authors.remove("guest-writer") != null) {
                    delete("content/authors/guest-writer.md");
                    return "guest-writer profile removed";
                }
                authors.put("guest-writer", new AuthorProfile("Guest Writer", "Visiting", "A guest."));
                writeAuthor("guest-writer");
                return "guest-writer profile added";
            }
            if (random.nextInt(6) == 0) {
                annHasPhoto = !annHasPhoto;
                writeAuthor("ann-lee");
                return "ann-lee " + (annHasPhoto ? "gets" : "loses") + " her photo";
            }
            String id = any(random, List.copyOf(authors.keySet()));
            AuthorProfile old = authors.get(id);
            AuthorProfile edited = switch (random.nextInt(5)) {
                case 0, 1 -> new AuthorProfile(old.name(), random.nextInt(4) == 0 ? "" : capitalised(sentence(random)), old.bio());
                case 2, 3 -> new AuthorProfile(old.name(), old.role(),
                        sentence(random) + (random.nextBoolean() ? "\n\nMore: " + sentence(random) : ""));
                // Pieces still name the profile by its old name (resolved through the id): every page shows the new one.
                default -> new AuthorProfile(old.name().startsWith("Dr ") ? old.name().substring(3) : "Dr " + old.name(),
                        old.role(), old.bio());
            };
            authors.put(id, edited);
            writeAuthor(id);
            return id + " → " + edited;
        }

        /** A description or a body; or a profile for Syria, named in pieces without one, added or removed. */
        String editRegionProfile(Random random) {
            if (random.nextInt(4) == 0) {
                boolean isParent = regions.values().stream().anyMatch(r -> "syria".equals(r.parent()));
                if (regions.containsKey("syria") && !isParent) {
                    regions.remove("syria");
                    delete("content/regions/syria.md");
                    return "syria profile removed";
                }
                if (!regions.containsKey("syria")) {
                    regions.put("syria", new RegionProfile("Syria", "A country.", random.nextBoolean() ? "middle-east" : null, "Syria."));
                    writeRegion("syria");
                    return "syria profile added, parent " + regions.get("syria").parent();
                }
            }
            String id = any(random, List.copyOf(regions.keySet()));
            RegionProfile old = regions.get(id);
            RegionProfile edited = random.nextBoolean()
                    ? new RegionProfile(old.name(), random.nextInt(3) == 0 ? "" : capitalised(sentence(random)), old.parent(), old.body())
                    : new RegionProfile(old.name(), old.description(), old.parent(), capitalised(sentence(random)));
            regions.put(id, edited);
            writeRegion(id);
            return id + " description → " + edited.description() + ", body → " + edited.body();
        }

        /** A new parent for a region: none, or any region not inside it (no cycles). */
        String editRegionParent(Random random) {
            String id = any(random, List.copyOf(regions.keySet()));
            List<String> choices = new ArrayList<>();
            choices.add(null);
            for (String other : regions.keySet()) if (!inside(other, id)) choices.add(other);
            String parent = choices.get(random.nextInt(choices.size()));
            RegionProfile old = regions.get(id);
            regions.put(id, new RegionProfile(old.name(), old.description(), parent, old.body()));
            writeRegion(id);
            return id + " parent " + old.parent() + " → " + parent;
        }

        /** Whether {@code region} is {@code ancestor} or lies under it. */
        private boolean inside(String region, String ancestor) {
            for (String at = region; at != null; at = regions.get(at) == null ? null : regions.get(at).parent()) {
                if (at.equals(ancestor)) return true;
            }
            return false;
        }

        // ---------------------------------------------------------------- theme and settings

        /** Inserts a marker into a page template, or an include of a partial it did not use, or undoes that. */
        String editTemplate(Random random) {
            String template = any(random, PAGE_TEMPLATES);
            String insert = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "{% include \"partials/extra.peb\" %}\n";
                default -> "<!-- edit " + (++counter) + " -->\n";
            };
            inserts.put(template, insert);
            writeTemplate(template);
            return template + (insert.isEmpty() ? " back to the original" : " + " + insert.strip());
        }

        String editPartial(Random random) {
            String partial = any(random, PARTIALS);
            String insert = random.nextInt(4) == 0 ? "" : "<!-- edit " + (++counter) + " -->";
            inserts.put(partial, insert);
            writeTemplate(partial);
            return partial + (insert.isEmpty() ? " back to the original" : " + " + insert);
        }

        /**
         * A template or partial removed from templates/, so that the built-in theme's takes its place
         * (the same text, without this session's edits), or written back with them.
         */
        String toggleOverride(Random random) {
            String template = any(random, concat(PAGE_TEMPLATES, PARTIALS.subList(0, PARTIALS.size() - 1)));
            if (Files.exists(site.root().resolve("templates").resolve(template))) {
                delete("templates/" + template);
                inserts.put(template, "");
                includes.remove(template);
                return "removed " + template + ": the built-in one is used";
            }
            writeTemplate(template);
            return template + " written again";
        }

        /** The stylesheet changed, or a second one added to the theme's assets, or removed. */
        String editCss(Random random) {
            if (!extraAssets.isEmpty() && random.nextInt(3) == 0) {
                String gone = extraAssets.remove(0);
                delete("templates/assets/" + gone);
                return "removed assets/" + gone;
            }
            if (random.nextInt(3) == 0) {
                String added = "extra-" + (++counter) + ".css";
                extraAssets.add(added);
                writeFile("templates/assets/" + added, "body { margin: " + random.nextInt(9) + "px; }\n");
                return "added assets/" + added;
            }
            Path css = site.root().resolve("templates/assets/style.css");
            writeFile("templates/assets/style.css", read(css) + "/* edit " + (++counter) + " */\n");
            return "style.css + a comment";
        }

        /** One setting of site.yml changed; each reaches every page (or all articles, or the feeds). */
        String editSettings(Random random) {
            switch (random.nextInt(11)) {
                case 0 -> settings.put("title", capitalised(title(random)));
                case 1 -> settings.put("tagline", random.nextInt(3) == 0 ? "" : sentence(random));
                case 2 -> {
                    String type = any(random, List.of("Commentary", "Reports", "Briefings"));
                    if (schemaTypes.containsKey(type) && random.nextBoolean()) schemaTypes.remove(type);
                    else schemaTypes.put(type, any(random, SCHEMA));
                    writeSettings();
                    return "schema_types " + schemaTypes;
                }
                case 3 -> set(random, "page_size", "2", "3", "4");
                case 4 -> set(random, "citation_style", "chicago", "apa");
                case 5 -> set(random, "newsletter_url", null, "https://example.org/newsletter/");
                case 6 -> set(random, "permalink", null, "/{type}/{slug}/", "/{year}/{month}/{slug}/", "/{type}/{slug}.html");
                case 7 -> set(random, "raw_html", null, "keep", "escape", "sanitize");
                case 8 -> set(random, "language", null, "en-GB", "de");
                case 9 -> set(random, "support_url", null, "https://example.org/support/");
                default -> {
                    // Mostly there (feeds and the sitemap need it); without it they must disappear.
                    set(random, "base_url", "https://example.org/archive/", "https://example.org/archive/",
                            "https://example.org/archive/", "https://archive.example.net/", null);
                }
            }
            writeSettings();
            return "settings " + settings;
        }

        /** Sets {@code key} to one of {@code values} ({@code null} removes it). */
        private void set(Random random, String key, String... values) {
            String value = values[random.nextInt(values.length)];
            if (value == null) settings.remove(key);
            else settings.put(key, value);
        }

        // ---------------------------------------------------------------- static files and attachments

        /**
         * The raster photo drawn again at another size: every page that names its derivatives (its lead
         * pieces' pages, listings and cards, and the bodies that show it) must change with it, and no other.
         */
        String replacePhoto(Random random) {
            photoSize = new int[] {170 + random.nextInt(231), 120 + random.nextInt(181)};
            writePhoto();
            return "images/photo.png now " + photoSize[0] + "×" + photoSize[1];
        }

        private void writePhoto() {
            site.bytes("content/static/images/photo.png", TestImages.drawn(photoSize[0], photoSize[1], "png"));
            stamp("content/static/images/photo.png", null);
        }

        /** New bytes (and a new size) for a static file: a linked note, the image, or the PDF a piece shows the size of. */
        String changeStatic(Random random) {
            String path = any(random, List.copyOf(statics.keySet()));
            statics.put(path, filler(random, path));
            writeStatic(path);
            return path + " now " + statics.get(path).length() + " bytes";
        }

        /**
         * A new file; or the linked note back again; or a robots.txt, feed.xml or sitemap.xml, which
         * takes the place of the generated one (until it is removed again).
         */
        String addStatic(Random random) {
            String path = switch (random.nextInt(3)) {
                case 0 -> any(random, List.of("robots.txt", "feed.xml", "sitemap.xml"));
                case 1 -> "files/note.txt";
                default -> null;
            };
            if (path == null || statics.containsKey(path)) path = "files/extra-" + (++counter) + ".txt";
            statics.put(path, filler(random, path));
            writeStatic(path);
            return path;
        }

        /** Removes a file nothing needs (the image and the PDF are named in front matter and must stay). */
        String removeStatic(Random random) {
            List<String> removable = statics.keySet().stream()
                    .filter(p -> !p.equals("images/map.svg") && !p.equals("files/report.pdf")).toList();
            if (removable.isEmpty()) return null;
            String path = any(random, removable);
            statics.remove(path);
            delete("content/static/" + path);
            return path + (path.equals("files/note.txt") ? " (linked from bodies)" : "");
        }

        /**
         * A bundle's own PDF changes size (its article file does not change, but its page shows the
         * size), a file in a bundle comes or goes, or an author's photo changes.
         */
        String changeAttachment(Random random) {
            List<PieceFile> bundles = pieces.stream().filter(p -> p.bundle).toList();
            if (bundles.isEmpty()) return null;
            PieceFile piece = any(random, bundles);
            String folder = "content/" + piece.folder + "/" + piece.name + "/";
            switch (random.nextInt(3)) {
                case 0 -> {
                    writeFile(folder + "report.pdf", filler(random, "report.pdf"));
                    return folder + "report.pdf changed";
                }
                case 1 -> {
                    // Every file of a bundle is copied beside its page; a body may link to it.
                    if (Files.exists(site.root().resolve(folder + "notes.txt"))) {
                        delete(folder + "notes.txt");
                        return folder + "notes.txt removed";
                    }
                    writeFile(folder + "notes.txt", filler(random, "notes.txt"));
                    return folder + "notes.txt added";
                }
                default -> {
                    writeFile("content/authors/ann-lee.svg", filler(random, "ann-lee.svg"));
                    return "ann-lee's photo changed";
                }
            }
        }

        String editRedirects(Random random) {
            StringBuilder csv = new StringBuilder("old,new\n");
            int lines = random.nextInt(4);
            for (int i = 0; i < lines; i++) {
                csv.append("/legacy/").append(++counter).append("/,")
                        .append(any(random, List.of("/archive/", "/regions/", "/authors/", "/topics/"))).append('\n');
            }
            writeFile("content/redirects.csv", csv.toString());
            return lines + " old addresses";
        }

        // ---------------------------------------------------------------- build options

        List<String> options() {
            return List.copyOf(options);
        }

        /** Drafts or future pieces included, or another base URL given on the command line; or not any more. */
        String toggleOption(Random random) {
            List<String> option = switch (random.nextInt(3)) {
                case 0 -> List.of("--drafts");
                case 1 -> List.of("--future");
                default -> List.of("--base-url", "https://preview.example.net/");
            };
            if (options.containsAll(option)) options.removeAll(option);
            else options.addAll(option);
            return "build with " + (options.isEmpty() ? "no options" : String.join(" ", options));
        }

        // ---------------------------------------------------------------- a failing build

        /**
         * An edit that fails the build (both builds must fail alike and leave their output alone), and
         * keeps how to undo it: the session builds, then fixes it, then compares as after any edit.
         */
        String breakBuild(Random random) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    String path = "content/commentary/broken-" + (++counter) + ".md";
                    writeFile(path, "---\ntitle: No date\n---\nBody.\n");
                    fails(() -> {
                        delete(path);
                        return ", then deleted";
                    });
                    return path + " has no date";
                }
                case 1 -> {
                    // Templates of pages every build has; a partial no page includes would not be compiled.
                    String template = any(random, List.of("base.peb", "home.peb", "404.peb", "archive.peb"));
                    String before = inserts.get(template);
                    inserts.put(template, "{% if %}");
                    writeTemplate(template);
                    fails(() -> {
                        inserts.put(template, before);
                        writeTemplate(template);
                        return ", then fixed";
                    });
                    return template + " has a syntax error";
                }
                default -> {
                    PieceFile a = anyPiece(random);
                    PieceFile b = anyPiece(random);
                    if (a == b || !a.published() || !b.published()) return null; // unpublished aliases clash with nothing
                    String alias = "/clash/" + (++counter) + "/";
                    a.aliases.add(alias);
                    b.aliases.add(alias);
                    write(a);
                    write(b);
                    fails(() -> {
                        b.aliases.remove(alias);
                        write(b);
                        return ", then dropped from the second";
                    });
                    return a.path() + " and " + b.path() + " claim " + alias;
                }
            }
        }

        private void fails(Supplier<String> fix) {
            secondHalf = fix;
            firstHalfFails = true;
        }

        boolean hasSecondHalf() {
            return secondHalf != null;
        }

        /** Whether the build between the two halves must fail. */
        boolean firstHalfFails() {
            return firstHalfFails;
        }

        /** Makes the second half of the last edit; says what it did. */
        String secondHalf() {
            String done = secondHalf.get();
            secondHalf = null;
            firstHalfFails = false;
            return done;
        }

        // ---------------------------------------------------------------- two saves in one tick

        /**
         * A piece saved, built, and saved again with the same size in the same modification-time tick,
         * as on a file system that keeps times in whole seconds (ext3, HFS+; 2 s on FAT) when an editor
         * saves twice in a second while a watcher builds. The first save is recent, so the article
         * cache rightly does not keep it ("racily clean"); nothing else may take the second save for
         * no change either.
         */
        String saveTwiceInOneTick(Random random) {
            PieceFile piece = anyPiece(random);
            Instant tick = Instant.now();
            piece.body = piece.body + "First save.\n";
            write(piece, tick);
            secondHalf = () -> {
                piece.body = piece.body.replace("First save.\n", "Other save.\n"); // the same length
                write(piece, sameTickOrLater(tick));
                return ", then again with the same size and time";
            };
            return piece.path() + " saved now";
        }

        /**
         * The same for a static file, whose copy in the output is kept while its source's size and time
         * are the same. With a piece's title edited too, so the build does not stop as up to date.
         */
        String saveStaticTwiceInOneTick(Random random) {
            String path = any(random, List.copyOf(statics.keySet()));
            Instant tick = Instant.now();
            statics.put(path, statics.get(path) + "first\n");
            writeFile("content/static/" + path, statics.get(path), tick);
            secondHalf = () -> {
                statics.put(path, statics.get(path).replace("first\n", "again\n"));
                writeFile("content/static/" + path, statics.get(path), sameTickOrLater(tick));
                return ", then again with the same size and time (and " + editTitle(random) + ")";
            };
            return path + " saved now";
        }

        /**
         * {@code tick}, unless the build between took so long that a whole tick (and the two seconds a
         * cache allows for it) has passed: then the first save was no longer racy, and the second gets
         * a time of its own, as it would on any file system.
         */
        private Instant sameTickOrLater(Instant tick) {
            return Instant.now().isBefore(tick.plusMillis(1500)) ? tick : Instant.now();
        }

        // ---------------------------------------------------------------- includes written other ways

        /**
         * A partial includes another by a path relative to itself ({@code "./extra.peb"} from
         * {@code partials/}), which Pebble resolves against the including template's folder; or no longer.
         */
        String toggleRelativeInclude(Random random) {
            String partial = any(random, List.of("partials/summary.peb", "partials/author-card.peb"));
            includes.put(partial, includes.getOrDefault(partial, "").isEmpty() ? "{% include \"./extra.peb\" %}" : "");
            writeTemplate(partial);
            return partial + (includes.get(partial).isEmpty() ? " no longer includes ./extra.peb" : " includes ./extra.peb");
        }

        /** A page template includes a partial by a name it computes ({@code "partials/" ~ "extra.peb"}); or no longer. */
        String toggleComputedInclude(Random random) {
            String template = any(random, PAGE_TEMPLATES);
            includes.put(template, includes.getOrDefault(template, "").isEmpty()
                    ? "{% include \"partials/\" ~ \"extra.peb\" %}\n" : "");
            writeTemplate(template);
            return template + (includes.get(template).isEmpty() ? " no longer includes" : " includes")
                    + " \"partials/\" ~ \"extra.peb\"";
        }

        // ---------------------------------------------------------------- the touch check

        /** A later time on every source file, bytes unchanged. */
        void touchEverything() {
            for (Path folder : List.of(site.content(), site.root().resolve("templates"))) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.setLastModifiedTime(file, clock.next());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        // ---------------------------------------------------------------- writing files

        private void write(PieceFile piece) {
            write(piece, null);
        }

        /** Writes the piece's file, with {@code time} as its modification time, or the fake clock's next when null. */
        private void write(PieceFile piece, Instant time) {
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: ").append(quoted(piece.title)).append('\n');
            text.append("date: ").append(piece.date).append(piece.time == null ? "" : piece.time).append('\n');
            if (piece.type != null) text.append("type: ").append(piece.type).append('\n');
            if (piece.slug != null) text.append("slug: ").append(piece.slug).append('\n');
            if (piece.rtl) text.append("lang: ar\n");
            if (piece.correction) text.append("correction:\n  date: ").append(piece.date.plusDays(3)).append("\n  text: An earlier version erred.\n");
            if (piece.updated != null) text.append("updated: ").append(piece.updated).append('\n');
            if (piece.summary != null) text.append("summary: ").append(quoted(piece.summary)).append('\n');
            if (piece.singleAuthorKey) text.append("author: ").append(piece.authors.get(0)).append('\n');
            else if (!piece.authors.isEmpty()) text.append("authors: ").append(list(piece.authors)).append('\n');
            if (piece.regions.size() == 1) text.append("region: ").append(piece.regions.get(0)).append('\n');
            else if (!piece.regions.isEmpty()) text.append("regions: ").append(list(piece.regions)).append('\n');
            if (!piece.topics.isEmpty()) text.append("topics: ").append(list(piece.topics)).append('\n');
            if (piece.draft) text.append("draft: true\n");
            if (!piece.aliases.isEmpty()) text.append("aliases: ").append(list(piece.aliases)).append('\n');
            if (piece.photo) text.append("image: /images/photo.png\nimage_alt: A photograph\n");
            else if (piece.image) text.append("image: /images/map.svg\nimage_alt: A map\n");
            if (piece.bundle) text.append("pdf: report.pdf\n");
            else if (piece.staticPdf) text.append("pdf: /files/report.pdf\n");
            text.append("---\n\n").append(piece.body);
            writeFile("content/" + piece.path(), text.toString(), time);
            if (piece.bundle && !Files.exists(site.content().resolve(piece.folder + "/" + piece.name + "/report.pdf"))) {
                writeFile("content/" + piece.folder + "/" + piece.name + "/report.pdf", "%PDF-1.4 bundled\n");
            }
        }

        private void remove(PieceFile piece) {
            deleteTree(place(piece));
        }

        /** The piece's file, or its bundle's folder. */
        private Path place(PieceFile piece) {
            Path file = site.content().resolve(piece.path());
            return piece.bundle ? file.getParent() : file;
        }

        private void writeAuthor(String id) {
            AuthorProfile author = authors.get(id);
            writeFile("content/authors/" + id + ".md", "---\nname: " + author.name() + "\n"
                    + (author.role().isEmpty() ? "" : "role: " + quoted(author.role()) + "\n")
                    + (id.equals("ann-lee") && annHasPhoto ? "photo: ann-lee.svg\n" : "") + "---\n" + author.bio() + "\n");
        }

        private void writeRegion(String id) {
            RegionProfile region = regions.get(id);
            writeFile("content/regions/" + id + ".md", "---\nname: " + region.name() + "\n"
                    + (region.description().isEmpty() ? "" : "description: " + quoted(region.description()) + "\n")
                    + (region.parent() == null ? "" : "parent: " + region.parent() + "\n") + "---\n" + region.body() + "\n");
        }

        private void writeSettings() {
            StringBuilder yml = new StringBuilder();
            settings.forEach((key, value) -> yml.append(key).append(": ")
                    .append(key.equals("page_size") ? value : quoted(value)).append('\n'));
            if (!schemaTypes.isEmpty()) {
                yml.append("schema_types:\n");
                schemaTypes.forEach((type, schema) -> yml.append("  ").append(type).append(": ").append(schema).append('\n'));
            }
            writeFile("content/site.yml", yml.toString());
        }

        private void writeStatic(String path) {
            writeFile("content/static/" + path, statics.get(path));
        }

        /** A template is its original text with the edit's insert just inside its first block (or at the top). */
        private void writeTemplate(String template) {
            String original = originals.get(template);
            String insert = inserts.get(template) + includes.getOrDefault(template, "");
            String text;
            Matcher block = Pattern.compile("\\{% block (content|intro) %}\\n?").matcher(original);
            if (template.equals("base.peb")) {
                String main = "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n";
                assertThat(original).contains(main);
                text = original.replace(main, main + insert);
            } else if (!template.startsWith("partials/") && block.find()) {
                text = original.substring(0, block.end()) + insert + original.substring(block.end());
            } else {
                text = insert + original;
            }
            writeFile("templates/" + template, text);
        }

        private void writeFile(String path, String text) {
            writeFile(path, text, null);
        }

        private void writeFile(String path, String text, Instant time) {
            site.file(path, text);
            stamp(path, time);
        }

        /** Gives a file just written {@code time} as its modification time, or the fake clock's next when null. */
        private void stamp(String path, Instant time) {
            try {
                Files.setLastModifiedTime(site.root().resolve(path), time == null ? clock.next() : FileTime.from(time));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void delete(String path) {
            site.delete(path);
        }

        private static void move(Path from, Path to) {
            try {
                Files.createDirectories(to.getParent());
                Files.move(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteTree(Path path) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Collections.reverseOrder()).toList()) Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // ---------------------------------------------------------------- random text

        private PieceFile anyPiece(Random random) {
            return any(random, pieces);
        }

        /**
         * Paragraphs with links that depend on the rest of the archive: to other pieces by their files
         * (they may be renamed, drafted or deleted later, which must bring the same warnings as a clean
         * build), to a region page, to a static file, and an endnote.
         */
        private String body(Random random, PieceFile piece) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 1 + random.nextInt(3);
            for (int i = 0; i < paragraphs; i++) {
                body.append(capitalised(sentence(random)));
                if (random.nextBoolean()) {
                    PieceFile other = anyPiece(random);
                    if (other != piece) {
                        body.append(" See [").append(other.title.replace("[", "").replace("]", "")).append("](")
                                .append(relative(piece, other)).append(").");
                    }
                }
                if (random.nextInt(3) == 0) body.append(" On [").append("the region](/regions/")
                        .append(any(random, REGION_PAGES)).append("/).");
                if (random.nextInt(4) == 0) body.append(" A [note](/files/note.txt).");
                if (random.nextInt(6) == 0) body.append("\n\n![A photograph](/images/photo.png)\n\n");
                if (random.nextInt(3) == 0) body.append(" Also [this](").append(any(random, COMINGS_AND_GOINGS)).append(").");
                if (piece.bundle && random.nextInt(2) == 0) body.append(" The [attachment](notes.txt).");
                // Raw HTML, which the raw_html setting keeps, escapes or sanitizes.
                if (random.nextInt(5) == 0) body.append(" Some <b onclick=\"x()\">raw</b> HTML.");
                body.append("\n\n");
            }
            if (random.nextBoolean()) body.append("## Background\n\nA point[^1].\n\n[^1]: ").append(sentence(random)).append('\n');
            return body.toString();
        }

        /** The link from one piece's file to another's, as an author writes it. */
        private static String relative(PieceFile from, PieceFile to) {
            return Path.of(from.path()).getParent().relativize(Path.of(to.path())).toString().replace('\\', '/');
        }

        private static String title(Random random) {
            return capitalised(words(random, 2 + random.nextInt(4)));
        }

        private static String sentence(Random random) {
            return words(random, 4 + random.nextInt(8)) + ".";
        }

        private static String words(Random random, int count) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < count; i++) out.add(any(random, WORDS));
            return String.join(" ", out);
        }

        private static String filler(Random random, String path) {
            String head = path.endsWith(".pdf") ? "%PDF-1.4\n" : path.endsWith(".svg") ? "<svg xmlns=\"http://www.w3.org/2000/svg\">" : "";
            String tail = path.endsWith(".svg") ? "</svg>\n" : "\n";
            // Sizes from a few bytes to several kilobytes, so a PDF's shown size changes too.
            return head + "x".repeat(random.nextInt(6000)) + tail;
        }

        private static LocalDate date(Random random) {
            return LocalDate.of(any(random, YEARS), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        private static String nameOrId(Random random, String name, Map<String, String> ids) {
            return ids.containsKey(name) && random.nextInt(3) == 0 ? ids.get(name) : name;
        }

        private static List<String> pick(Random random, List<String> from, int min, int max) {
            List<String> shuffled = new ArrayList<>(from);
            Collections.shuffle(shuffled, random);
            return List.copyOf(shuffled.subList(0, Math.min(from.size(), min + random.nextInt(max - min + 1))));
        }

        private static <T> T any(Random random, List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        private static String capitalised(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private static String list(List<String> items) {
            return items.stream().map(Archive::quoted).collect(Collectors.joining(", ", "[", "]"));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return Stream.concat(a.stream(), b.stream()).toList();
        }
    }
}
