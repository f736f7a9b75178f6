package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {
    private static List<Sitemap.Url> urls(int n) {
        List<Sitemap.Url> urls = new ArrayList<>();
        for (int i = 0; i < n; i++) urls.add(new Sitemap.Url("commentary/p" + i + "/", "2014-01-01"));
        return urls;
    }

    @Test
    void upToFiftyThousandUrlsFitInOneFile() {
        List<Sitemap.File> files = Sitemap.files("https://example.org/", urls(50_000));
        assertThat(files).extracting(Sitemap.File::sitePath).containsExactly("sitemap.xml");
        assertThat(files.get(0).xml()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset");
        assertThat(files.get(0).xml().split("<url>", -1)).hasSize(50_001);
    }

    @Test
    void moreBecomeAnIndexOfParts() {
        List<Sitemap.File> files = Sitemap.files("https://example.org/", urls(100_001));
        assertThat(files).extracting(Sitemap.File::sitePath)
                .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        assertThat(files.get(0).xml()).contains("<sitemapindex").contains("<loc>https://example.org/sitemap-3.xml</loc>");
        assertThat(files.get(3).xml().split("<url>", -1)).hasSize(2);
    }
}
