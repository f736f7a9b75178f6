package org.standfirst.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.SiteConfig.RawHtml;

/**
 * Not a test (Surefire runs only *Test classes): how fast flexmark turns a corpus's bodies into HTML
 * on this machine, warm, on a number of threads, with no other work. No build can convert the bodies
 * faster, so this is the floor of a clean build's time: issue 6 compares it with Hugo's whole build.
 *
 * <p>Three converters: flexmark bare (CommonMark, no extensions, nothing after), and Standfirst's
 * {@link MarkdownRenderer} (its extensions, then endnotes) with the autolink extension on every body
 * and as it runs (only where text could hold an address). Each runs two passes to warm up, then three
 * timed passes over every body; the best pass is reported. First it checks that the last two give
 * the same HTML for every body.
 *
 * <pre>
 * mvn -q -o test-compile
 * CP=target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
 * java -XX:+UseSerialGC -cp $CP org.standfirst.render.MarkdownThroughputBenchmark /tmp/standfirst-bench/corpus-10000 2
 * </pre>
 *
 * <p>With {@code cold} after the thread count it converts every body once with {@link MarkdownRenderer},
 * as a first build does, and stops ({@code cold-bare}: with flexmark bare): run under {@code /usr/bin/time} in a fresh JVM with a first build's
 * options, the whole process is the floor of a first build's Markdown stage, JVM start and flexmark's
 * class loading and compiling included.
 *
 * <pre>
 * /usr/bin/time -f "%e s %U+%S CPU" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $CP \
 *     org.standfirst.render.MarkdownThroughputBenchmark /tmp/standfirst-bench/corpus-1000 2 cold
 * </pre>
 */
public final class MarkdownThroughputBenchmark {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).resolve("content");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<String> bodies = bodies(content.resolve("articles"));
        if (args.length > 2 && args[2].startsWith("cold")) {
            if (args[2].equals("cold-bare")) {
                Parser parser = Parser.builder().build();
                HtmlRenderer renderer = HtmlRenderer.builder().build();
                cold("flexmark, bare", bodies, threads, body -> renderer.render(parser.parse(body)));
            } else {
                cold("MarkdownRenderer", bodies, threads, new MarkdownRenderer()::render);
            }
            return;
        }
        long characters = bodies.stream().mapToLong(String::length).sum();
        System.out.printf("%,d bodies, %,d characters (%.1f KB each), %d thread(s)%n", bodies.size(), characters,
                characters / 1024.0 / bodies.size(), threads);
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        MarkdownRenderer ours = new MarkdownRenderer();
        MarkdownRenderer alwaysAutolinking = new MarkdownRenderer(RawHtml.KEEP, true);
        int differ = 0;
        for (String body : bodies) if (!ours.render(body).equals(alwaysAutolinking.render(body))) differ++;
        System.out.printf("bodies whose HTML differs without the autolink extension where it could link nothing: %d%n", differ);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            time("flexmark, bare", bodies, pool, threads, body -> renderer.render(parser.parse(body)));
            time("MarkdownRenderer, always autolinking", bodies, pool, threads, alwaysAutolinking::render);
            time("MarkdownRenderer", bodies, pool, threads, ours::render);
        } finally {
            pool.shutdown();
        }
    }

    /** Each body converted once, on {@code threads} threads, as a first build converts them. */
    private static void cold(String name, List<String> bodies, int threads, Function<String, String> convert) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long length;
        try {
            length = convertAll(bodies, pool, threads, convert);
        } finally {
            pool.shutdown();
        }
        System.out.printf("%s, cold: %,d bodies once in %.2f s (%,d characters of HTML)%n", name, bodies.size(),
                (System.nanoTime() - start) / 1e9, length);
    }

    /** Every body converted once, in {@code threads} tasks on {@code pool}; returns the characters of HTML made. */
    private static long convertAll(List<String> bodies, ExecutorService pool, int threads, Function<String, String> convert)
            throws Exception {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                long made = 0;
                for (int i = first; i < bodies.size(); i += threads) made += convert.apply(bodies.get(i)).length();
                return made;
            }));
        }
        long length = 0;
        for (Future<Long> part : parts) length += part.get();
        return length;
    }

    private static List<String> bodies(Path articles) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        List<String> bodies = new ArrayList<>();
        for (Path file : files) bodies.add(ContentLoader.body(file));
        return bodies;
    }

    private static void time(String name, List<String> bodies, ExecutorService pool, int threads,
                             Function<String, String> convert) throws Exception {
        double best = Double.MAX_VALUE;
        for (int pass = 1; pass <= 5; pass++) {
            long start = System.nanoTime();
            convertAll(bodies, pool, threads, convert);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %-36s pass %d%s: %6.2f s, %,6.0f bodies/s%n", name, pass, pass <= 2 ? " (warm-up)" : "",
                    seconds, bodies.size() / seconds);
            if (pass > 2) best = Math.min(best, seconds);
        }
        System.out.printf("%s: best %.2f s for %,d bodies (%,.0f bodies/s)%n", name, best, bodies.size(), bodies.size() / best);
    }
}
