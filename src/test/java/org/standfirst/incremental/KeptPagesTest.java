package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.render.PageReuse;
import org.standfirst.render.ThemeFiles;

class KeptPagesTest {
    @TempDir
    Path dir;

    /** The search stage patches its index while the pages render, so it asks before render has begun. */
    @Test
    void searchIndexPartsAreKeptOrMadeBeforeRenderBegins() {
        PageReuse.SearchIndexPart same = new PageReuse.SearchIndexPart("c0ffee");
        PageIndex previous = PageIndex.empty();
        previous.put("search/t/a.js", new PageIndex.Entry(PageKeys.searchPart(same, "search/t/a.js"), 120));
        previous.put("search/t/b.js", new PageIndex.Entry(PageKeys.searchPart(same, "search/t/b.js"), 80));
        PageIndex next = PageIndex.empty();
        Map<String, Long> kept = new TreeMap<>();
        KeptPages reuse = new KeptPages(previous, next, kept::put, ThemeFiles.folderOnly(dir), Instant.now());

        assertThat(reuse.keep(same, List.of("search/t/a.js"))).isTrue();
        assertThat(kept).containsExactly(Map.entry("search/t/a.js", 120L));
        assertThat(next.get("search/t/a.js")).isEqualTo(previous.get("search/t/a.js"));

        PageReuse.SearchIndexPart changed = new PageReuse.SearchIndexPart("decade");
        assertThat(reuse.keep(changed, List.of("search/t/b.js"))).isFalse();
        next.put("search/t/b.js", new PageIndex.Entry("", 90)); // as the recording sink puts what it writes
        reuse.made(changed, "search/t/b.js", List.of());
        assertThat(next.get("search/t/b.js").key()).isEqualTo(PageKeys.searchPart(changed, "search/t/b.js"))
                .isNotEqualTo(previous.get("search/t/b.js").key());
        assertThat(kept).doesNotContainKey("search/t/b.js");
    }
}
