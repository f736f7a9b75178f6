package org.standfirst.search;

import java.io.IOException;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.PageSink;
import org.standfirst.render.PageReuse;
import org.standfirst.validate.ContentValidator;

/**
 * Not a test (Surefire runs only *Test classes): the search index alone, made from scratch (no build
 * cache) for an archive that is loaded, validated and assembled first, untimed. In a build the index is
 * made beside rendering, so a build's stage times cannot show how its cost grows with the archive; this
 * can. Prints the pieces, the index's wall and CPU time (the whole process's, every thread's), its bytes
 * and parts, the heap the archive's model holds before it, and the most heap in use while it ran (the
 * sum of each memory pool's peak, so at most that).
 *
 * <pre>
 * mvn -q -B -ntp package -DskipTests && mvn -q -B -ntp test-compile
 * java -Xmx1g -cp target/standfirst.jar:target/test-classes org.standfirst.search.SearchIndexTimeBenchmark CONTENT_DIR
 * </pre>
 */
public final class SearchIndexTimeBenchmark {
    private SearchIndexTimeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Problems problems = new Problems();
        Site site = new SiteAssembler(problems, SiteAssembler.Selection.published(Instant.now()))
                .assemble(new ContentValidator(problems).validate(new ContentLoader(content, problems).load(), null));
        AtomicLong bytes = new AtomicLong();
        AtomicLong files = new AtomicLong();
        PageSink counting = new PageSink() {
            @Override
            public void page(String sitePath, String html) {
                file(sitePath, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void copy(String sitePath, Path source) {
            }

            @Override
            public void file(String sitePath, byte[] data) {
                bytes.addAndGet(data.length);
                files.incrementAndGet();
            }
        };
        Path scratch = Files.createTempDirectory("standfirst-index-bench");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long model = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        SearchIndex.Outcome outcome = new SearchIndex(site, SearchMemo.NONE, problems).write(counting, scratch, PageReuse.NONE);
        long wall = System.nanoTime() - start;
        cpu = os.getProcessCpuTime() - cpu;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Reference.reachabilityFence(site);
        try (Stream<Path> left = Files.walk(scratch)) {
            left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.out.printf("%,d pieces: index %.2f s wall, %.2f CPU s; %,d parts (%,d files), %.1f MB; heap: model %,d MB, "
                        + "at most %,d MB while indexing; %d problems%n", site.pieces().size(), wall / 1e9, cpu / 1e9,
                outcome.parts(), files.get(), bytes.get() / 1e6, model >> 20, peak >> 20, problems.sorted().size());
    }
}
