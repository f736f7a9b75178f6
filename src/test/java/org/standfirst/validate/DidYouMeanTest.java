package org.standfirst.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final Set<String> KEYS = Set.of("summary", "title", "topics", "regions", "region", "date");

    @Test
    void suggestsTheClosestKnownWord() {
        assertThat(DidYouMean.closest("summmary", KEYS)).contains("summary");
        assertThat(DidYouMean.closest("Titel", KEYS)).contains("title");
        assertThat(DidYouMean.closest("topic", KEYS)).contains("topics");
        assertThat(DidYouMean.closest("regoin", KEYS)).contains("region");
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(DidYouMean.closest("colour", KEYS)).isEmpty();
    }
}
