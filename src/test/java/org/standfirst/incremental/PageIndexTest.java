package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.render.ResolvedLink;

class PageIndexTest {
    @TempDir
    Path dir;

    @Test
    void anIndexReadsBackAsItWasWrittenWithASharedKeyStoredOnce() throws Exception {
        String key = "a1".repeat(32);
        PageIndex index = PageIndex.empty();
        index.linkTargets("targets");
        index.put("commentary/a/", new PageIndex.Entry(key, 1200,
                List.of(new ResolvedLink("../b/", 7, "../b/"), new ResolvedLink("b.md", 9, "../b/")), List.of("images/map.png")));
        index.put("commentary/a/a.bib", new PageIndex.Entry(key, 300));
        index.put("commentary/a/a.ris", new PageIndex.Entry(key, 280));
        index.put("commentary/b/", new PageIndex.Entry("b2".repeat(32), 900));
        index.put("index.html", new PageIndex.Entry("", 5000));
        index.put("search/meta.js", new PageIndex.Entry("", 40));
        Path output = dir.resolve("site-output");
        BuildCache cache = BuildCache.open(dir.resolve("cache"), "code", false, line -> { });
        cache.write(PageIndex.name(output), index::writeTo);

        PageIndex read = PageIndex.read(cache, output);
        assertThat(read.sitePaths()).containsExactlyInAnyOrderElementsOf(index.sitePaths());
        for (String path : index.sitePaths()) assertThat(read.get(path)).as(path).isEqualTo(index.get(path));
        assertThat(read.linkTargets()).isEqualTo("targets");
        byte[] stored = Files.readAllBytes(dir.resolve("cache").resolve(PageIndex.name(output)));
        assertThat(occurrences(new String(stored, StandardCharsets.ISO_8859_1), key)).as("the shared key, stored").isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }
}
