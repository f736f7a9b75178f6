package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Param;
import org.standfirst.model.Params;
import org.standfirst.model.Region;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.SourceLocation;
import org.standfirst.model.Topic;
import org.standfirst.render.BodyMemo;
import org.standfirst.render.Sitemap;
import org.standfirst.render.view.IdentityView;
import org.standfirst.render.view.LinkView;
import org.standfirst.render.view.SiteView;

/**
 * Every record that feeds a cache key encodes the same in every JVM: the cache written by one build is
 * read by the next, which is another process. {@code Set.of}, {@code Map.of} and {@code Map.copyOf}
 * (which SiteConfig applies to its {@code schemaTypes}) iterate in an order drawn from a salt picked
 * anew at each JVM start, and {@code hashCode()} of enums and other identity-hashed objects changes
 * too, so keys are made in fresh JVMs and compared.
 *
 * <p>Why this test can fail: were a key made from iteration order, e.g. {@code PageKeys} writing
 * {@code text(config.toString())} instead of {@code record(config)}, the six {@code schemaTypes}
 * entries would print in a rotated and possibly reversed order in most JVM starts (about one start in
 * twelve repeats a given order), so the "site" and "site-config" lines would differ between the runs
 * below. {@link Child} prints that order on its {@code #} lines, which are compared only to check that
 * the runs did see different orders; runs continue (at most {@value #MAX_RUNS}) until they have.
 */
class KeysAcrossJvmsTest {
    private static final int MIN_RUNS = 3;
    private static final int MAX_RUNS = 6;
    private static final long CHILD_TIMEOUT_SECONDS = 15;

    /** A record with sets, which no keyed record holds yet but RecordCodec encodes. */
    record Tagged(String name, Set<String> tags, Set<Topic> topics, Map<String, Topic> byId) {
    }

    /** Run in a child JVM: prints each sample record's key, one a line, then {@code #} lines with iteration orders. */
    public static final class Child {
        public static void main(String[] args) {
            StringBuilder out = new StringBuilder();
            for (String line : keys()) out.append(line).append('\n');
            for (String line : orders()) out.append("# ").append(line).append('\n');
            System.out.print(out);
            System.out.flush();
        }

        static SiteConfig config() {
            return new SiteConfig("Commentary archive", "Analysis since 2001", "https://example.org/archive", "en", 12,
                    "/{type}/{year}/{slug}/", new SiteConfig.Organisation("Institute", "https://example.org/"),
                    "https://example.org/newsletter", "", SiteConfig.RawHtml.SANITIZE, SiteConfig.CitationStyle.APA,
                    Map.of("report", "Report", "briefing", "Report", "commentary", "NewsArticle",
                            "interview", "NewsArticle", "paper", "ScholarlyArticle", "podcast", "PodcastEpisode"), Map.of(), SiteConfig.Identity.NONE,
                    new Params(Map.of("twitter", Param.text("@institute"))), true);
        }

        static Article article() {
            return new Article(new SourceLocation("analysis/2014-06-17-mosul.md", 1), "analysis", "mosul",
                    "Mosul: what next?", LocalDate.of(2014, 6, 17),
                    OffsetDateTime.of(2014, 6, 17, 9, 30, 15, 0, ZoneOffset.ofHoursMinutes(3, 30)), "A standfirst.",
                    "Analysis", List.of("Amira Haddad", "Zoë Brandt"), List.of("Iraq", "Middle East"),
                    List.of("Security"), new Article.Image("map.jpg", "A map", "The front line", "© Agency"),
                    LocalDate.of(2015, 1, 2), false, Path.of("content/analysis/2014-06-17-mosul.md"), 9, "ab".repeat(32),
                    false, new Article.Extras(List.of("/2014/06/mosul.html"), "ar", new Article.Attachment("r.pdf", 5_000L),
                            new Article.Correction(LocalDate.of(2015, 8, 1), "An earlier version said …"), 1234,
                            new Params(Map.of("series", Param.text("Gulf security"), "sources", Param.list(List.of(Param.text("a"))))), true, true), "");
        }

        static Author author() {
            return new Author("amira-haddad", "Amira Haddad", "Haddad Amira", "Fellow", "amira.jpg", "Writes on *Iraq*.",
                    4, new SourceLocation("authors/amira-haddad.md", 1), List.of("/people/amira/"), List.of("Amira al-Haddad"),
                    new Params(Map.of("orcid", Param.text("0000-0002"))));
        }

        static Region region() {
            return new Region("iraq", "Iraq", "The country.", "middle-east", new SourceLocation("regions/iraq.md", 2),
                    List.of("/iraq/"), List.of("Irak"), Params.NONE);
        }

        static SiteView siteView() {
            return new SiteView("Commentary archive", "Analysis since 2001", "en", "Institute", "https://example.org/",
                    "https://example.org/newsletter", "", "https://example.org/archive/",
                    List.of(new LinkView("Analysis", "/analysis/"), new LinkView("Reports", "/reports/")),
                    List.of(new LinkView("Iraq", "/regions/iraq/"), new LinkView("Syria", "/regions/syria/")),
                    new IdentityView(null, List.of(), List.of(new LinkView("Contact", "/contact/")), "© Institute 2001–2024", List.of()),
                    new Params(Map.of("twitter", Param.text("@institute"))), true);
        }

        static Tagged tagged() {
            return new Tagged("t", Set.of("iraq", "syria", "yemen", "libya", "sudan", "oman"),
                    Set.of(new Topic("security", "Security"), new Topic("energy", "Energy"), new Topic("water", "Water"),
                            new Topic("trade", "Trade")),
                    Map.of("security", new Topic("security", "Security"), "energy", new Topic("energy", "Energy"),
                            "water", new Topic("water", "Water"), "trade", new Topic("trade", "Trade")));
        }

        /** Each key as "name hex", in a fixed order. */
        static List<String> keys() {
            List<String> out = new ArrayList<>();
            out.add("site-config " + CacheKey.of("k").record(config()).hex());
            // As PageKeys makes the key every page shares.
            out.add("site " + CacheKey.of("site").record(config()).record(siteView()).hex());
            out.add("site-view " + CacheKey.of("k").record(siteView()).hex());
            out.add("article " + CacheKey.of("k").record(article()).hex());
            out.add("article-digest " + ValidatedArticles.digested(article()).digest());
            out.add("author " + CacheKey.of("profile").record(author()).hex());
            out.add("region " + CacheKey.of("profile").record(region()).hex());
            out.add("topic " + CacheKey.of("profile").record(new Topic("security", "Security")).hex());
            out.add("body " + CacheKey.of("body")
                    .record(new BodyMemo.Input("analysis/mosul/", "cd".repeat(32), SiteConfig.RawHtml.ESCAPE)).hex());
            out.add("sitemap-url " + CacheKey.of("k").record(new Sitemap.Url("analysis/mosul/", "2015-01-02")).hex());
            out.add("tagged " + CacheKey.of("k").record(tagged()).hex());
            return out;
        }

        /** How this JVM iterates the sample's sets and maps: what the keys must not depend on. */
        static List<String> orders() {
            return List.of(String.join(",", config().schemaTypes().keySet()), String.join(",", tagged().tags()),
                    String.join(",", tagged().byId().keySet()));
        }
    }

    private record Run(List<String> keys, List<String> orders) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyKeyedRecordEncodesTheSameInEveryJvm(@TempDir Path folder) throws Exception {
        List<Run> runs = new ArrayList<>();
        Set<List<String>> orders = new LinkedHashSet<>();
        orders.add(Child.orders());
        while (runs.size() < MIN_RUNS || (orders.size() < 2 && runs.size() < MAX_RUNS)) {
            Run run = runChild(folder, runs.size());
            runs.add(run);
            orders.add(run.orders());
        }

        List<String> here = Child.keys();
        assertThat(here).hasSize(11).allSatisfy(line -> assertThat(line).matches("[a-z-]+ [0-9a-f]{32}"));
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).keys())
                    .as("the keys made by child JVM #%d (iteration orders %s) and by this JVM (%s)", i + 1,
                            runs.get(i).orders(), Child.orders())
                    .containsExactlyElementsOf(here);
        }
        // Not asserted (a JVM may, rarely, repeat an order), but what makes the comparison above worth making.
        System.out.println(runs.size() + " child JVMs, " + orders.size() + " distinct iteration orders: " + orders);
    }

    private static Run runChild(Path folder, int number) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path out = folder.resolve("out-" + number + ".txt");
        Path err = folder.resolve("err-" + number + ".txt");
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            boolean done = process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(done).as("child JVM #%d finished within %d s", number + 1, CHILD_TIMEOUT_SECONDS).isTrue();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of child JVM #%d; its stderr: %s", number + 1, stderr).isZero();
        List<String> keys = new ArrayList<>();
        List<String> orders = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ")) orders.add(line.substring(2));
            else keys.add(line);
        }
        return new Run(keys, orders);
    }
}
