package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
    @Test
    void wordsAreFoldedAndTheLastIsAPrefixWhileTyping() {
        assertThat(Query.parse("Sanctions GUL")).isEqualTo(new Query(List.of("sanctions", "gul"), List.of(), "gul", List.of()));
        assertThat(Query.parse("sanctions gul ").prefix()).isNull();
        assertThat(Query.parse("sanctions gu").prefix()).as("too short to be a prefix").isNull();
    }

    @Test
    void quotedPhrasesAndExclusions() {
        Query query = Query.parse("\"oil exports\" -Iran gulf");
        assertThat(query.words()).containsExactly("oil", "exports", "gulf");
        assertThat(query.excluded()).containsExactly("iran");
        assertThat(query.phrases()).containsExactly(List.of("oil", "exports"));
        assertThat(Query.parse("\"oil\" gulf").phrases()).as("one quoted word is a word").isEmpty();
        assertThat(Query.parse("\"oil exports").words()).as("an unclosed quote runs to the end").containsExactly("oil", "exports");
        assertThat(Query.parse("\"oil exports\"").prefix()).isNull();
        assertThat(Query.parse("oil -").words()).as("a lone minus is a word of nothing").containsExactly("oil");
    }

    @Test
    void punctuationSplitsWordsAsTheTokeniserDoes() {
        assertThat(Query.tokens("U.S.-Iran talks (2019)")).containsExactly("u.s", "iran", "talks", "2019");
        assertThat(Query.tokens("<script>alert(1)</script>")).containsExactly("script", "alert", "1", "script");
    }

    @Test
    void aThousandWordsAreCut() {
        String words = "sanctions ".repeat(1000);
        assertThat(Query.parse(words).words()).hasSize(Query.MAX_WORDS);
        Query cut = Query.parse("sanctions ".repeat(30) + "\"oil exports\" \"red sea shipping\"");
        assertThat(cut.words()).hasSize(Query.MAX_WORDS).endsWith("oil", "exports");
        assertThat(cut.phrases()).as("the phrase past the limit is left out").containsExactly(List.of("oil", "exports"));
    }
}
