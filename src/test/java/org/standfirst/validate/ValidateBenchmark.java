package org.standfirst.validate;

import java.nio.file.Path;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Problems;

/**
 * Not a test (Surefire runs only *Test classes): times the load and validate stages once, in a fresh
 * JVM, as a build would run them — with the article cache in CACHE_DIR, or without one when it is "-".
 * Run it twice with the same CACHE_DIR to see a cold validate from a warm cache.
 *
 * <pre>
 * mvn -q -B -ntp package -DskipTests && mvn -q -B -ntp test-compile
 * java -cp target/standfirst.jar:target/test-classes org.standfirst.validate.ValidateBenchmark CONTENT_DIR CACHE_DIR
 * </pre>
 */
public final class ValidateBenchmark {
    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        Path cache = args[1].equals("-") ? null : Path.of(args[1]);
        long started = System.nanoTime();
        Problems problems = new Problems();
        LoadedContent loaded = new ContentLoader(content, problems).load();
        long loadedAt = System.nanoTime();
        ContentValidator validator = new ContentValidator(problems,
                org.standfirst.incremental.IncrementalBuild.open(cache, Path.of("benchmark-output"), "benchmark", false, System.err::println)
                        .articles(content));
        ValidContent valid = validator.validate(loaded, null);
        long validatedAt = System.nanoTime();
        System.out.printf("load %.0f ms, validate %.0f ms: %,d articles (%,d from the cache), %d problems%n",
                (loadedAt - started) / 1e6, (validatedAt - loadedAt) / 1e6, valid.articles().size(),
                validator.reusedArticles(), problems.sorted().size());
    }
}
