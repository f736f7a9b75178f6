package org.standfirst.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Middle East and North Africa   | middle-east-and-north-africa
            Amira Haddad                   | amira-haddad
            '  Gulf  '                     | gulf
            Zoë Ferrández-Núñez            | zoe-ferrandez-nunez
            Conor O'Neill                  | conor-oneill
            NATO: the 2% pledge            | nato-the-2-pledge
            Côte d’Ivoire                  | cote-divoire
            علی رضایی                      | علی-رضایی
            محمد بن سلمان                  | محمد-بن-سلمان
            Россия и Украина               | россия-и-украина
            中国外交                        | 中国外交
            한국 정치                       | 한국-정치
            हिन्दी समाचार                  | हिन्दी-समाचार
            ﬁnance                         | finance
            """)
    void makesReadableSlugsInEveryScript(String name, String slug) {
        assertThat(Slug.of(name)).isEqualTo(slug);
        assertThat(Slug.isSlug(slug)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '!!!'
            '—'
            ' '
            '***'
            """)
    void punctuationOnlyGivesAnEmptySlug(String name) {
        assertThat(Slug.of(name)).isEmpty();
        assertThat(Slug.isSlug(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Amira-Haddad", "amira haddad", "amira--haddad", "-amira"})
    void textThatWouldChangeIsNotASlug(String text) {
        assertThat(Slug.isSlug(text)).isFalse();
    }
}
