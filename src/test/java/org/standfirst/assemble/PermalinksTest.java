package org.standfirst.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermalinksTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/{type}/{slug}/, commentary/mosul/",
            "/{year}/{month}/{day}/{slug}/, 2014/06/07/mosul/",
            "/archive/{year}/{slug}.html, archive/2014/mosul.html",
            "/{slug}/, mosul/"})
    void expandsEveryToken(String pattern, String path) {
        assertThat(Permalinks.expand(pattern, "commentary", LocalDate.of(2014, 6, 7), "mosul")).isEqualTo(path);
    }
}
