package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkFilterTest {
    @ParameterizedTest(name = "from {1} to {0} → {2}")
    @CsvSource({
            "/regions/iraq/, /commentary/mosul/, ../../regions/iraq/index.html",
            "/, /commentary/mosul/, ../../index.html",
            "/commentary/mosul/map.png, /commentary/mosul/, map.png",
            "/commentary/page/2/, /commentary/, page/2/index.html",
            "/commentary/page/2/, /commentary/page/3/, ../2/index.html",
            "/commentary/, /commentary/page/2/, ../../index.html",
            "/regions/, /, regions/index.html",
            "/assets/style.css, /404.html, assets/style.css",
            "/commentary/mosul/#endnotes, /commentary/mosul/, index.html#endnotes",
            "/authors/علی-رضایی/, /authors/, %D8%B9%D9%84%DB%8C-%D8%B1%D8%B6%D8%A7%DB%8C%DB%8C/index.html",
            "https://example.org/x, /commentary/mosul/, https://example.org/x"})
    void makesTheShortestRelativeLink(String target, String from, String expected) {
        assertThat(LinkFilter.relative(target, from, "")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"/regions/iraq/, /archive/, /archive/regions/iraq/index.html", "/, /, /index.html"})
    void startsFromAnAbsoluteRootWhenGivenOne(String target, String root, String expected) {
        assertThat(LinkFilter.relative(target, "/404.html", root)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/regions/iraq/", "/", "", "/a b/", "/50%/", "/café/", "/x:y/", "/a#b", "/a?b",
            "/(draft)/~x/", "/q&a=+$,;@!*'/", "/[x]/", "/a\\b", "/a\"b", "/<b>/", "/a^b`c{d}|e", "/علی-رضایی/",
            "/\u00a0/", "//host/x"})
    void encodesAsTheUriClassDoes(String path) {
        assertThat(LinkFilter.encode(path)).isEqualTo(LinkFilter.encodeWithUri(path));
    }

    @Test
    void encodesEveryAsciiCharacterAsTheUriClassDoes() {
        for (char c = 1; c < 128; c++) {
            String path = "/a" + c + "b/";
            String expected;
            try {
                expected = LinkFilter.encodeWithUri(path);
            } catch (IllegalArgumentException e) {
                expected = "refused";
            }
            String actual;
            try {
                actual = LinkFilter.encode(path);
            } catch (IllegalArgumentException e) {
                actual = "refused";
            }
            assertThat(actual).as("character %d", (int) c).isEqualTo(expected);
        }
    }
}
