package org.standfirst.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
    @Test
    void wordsAreFoldedAndTheLastIsAPrefixWhileTyping() {
        assertThat(Query.parse("Sanctions GUL")).isEqualTo(new Query(List.of("sanctions", "gul"), List.of(), "gul", List.of(), List.of()));
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
    void chineseAndJapaneseAreSplitAsTheTokeniserSplitsThem() {
        // Lucene's standard tokeniser reads Han and Hiragana a character at a time, and a run of Katakana as one word.
        String text = "中国经济的发展，G20峰会在大阪举行。データ分析のための東京 서울경제 U.S.-China";
        assertThat(Query.tokens(text)).isEqualTo(Analysers.tokens(text, "zh").stream().map(Analysers.Token::surface).toList());
        assertThat(Query.tokens(text)).startsWith("中", "国", "经", "济", "的", "发", "展", "g20", "峰", "会")
                .contains("テータ", "서울경제").endsWith("u.s", "china");
    }

    @Test
    void wordsWrittenAsOneAreAPhrase() {
        Query chinese = Query.parse("中国经济 -美国 iran");
        assertThat(chinese.words()).containsExactly("中", "国", "经", "济", "iran");
        assertThat(chinese.phrases()).containsExactly(List.of("中", "国", "经", "济"));
        assertThat(chinese.excluded()).isEmpty();
        assertThat(chinese.excludedPhrases()).containsExactly(List.of("美", "国"));
        assertThat(Query.parse("-美").excluded()).containsExactly("美");
        assertThat(Query.parse("u.s.-iran talks").phrases()).containsExactly(List.of("u.s", "iran"));
        assertThat(Query.parse("中国").phrases()).as("a last word too short to be a prefix").containsExactly(List.of("中", "国"));
        Query typing = Query.parse("oil-expo");
        assertThat(typing.prefix()).isEqualTo("expo");
        assertThat(typing.phrases()).as("not while its last word is being typed").isEmpty();
        assertThat(Query.parse("oil-expo ").phrases()).containsExactly(List.of("oil", "expo"));
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
