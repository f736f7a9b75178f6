package org.standfirst.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standfirst.model.Params;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;

/** Typed access to front matter: values, types and the file lines problems point at. */
class FrontMatterTest {
    private final Problems problems = new Problems();

    /** YAML as if it started on line 2 of a file (after the opening ---). */
    private FrontMatter parse(String yaml) {
        return FrontMatter.parse(new SourceLocation("a.md", 1), yaml, 2, problems).orElseThrow();
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void yamlOnePointTwoKeepsNoAndOnAsText() {
        FrontMatter fm = parse("title: no\nregion: on\ndraft: true\n");
        assertThat(fm.text("title")).contains("no");
        assertThat(fm.text("region")).contains("on");
        assertThat(fm.bool("draft")).contains(true);
        assertThat(reported()).isEmpty();
    }

    @Test
    void numbersAreAcceptedAsTextButTextIsNotABoolean() {
        FrontMatter fm = parse("title: 1984\ndraft: yes\n");
        assertThat(fm.text("title")).contains("1984");
        assertThat(fm.bool("draft")).isEmpty();
        assertThat(reported()).containsExactly("a.md:3: `draft` must be `true` or `false` — write `draft: true`");
    }

    @Test
    void listsAcceptOneValueOrManyAndReportNestedItemsAtTheirLine() {
        FrontMatter fm = parse("authors: Amira Haddad\ntopics:\n  - Oil\n  - [nested]\n  - Gas\n");
        assertThat(fm.textList("authors")).extracting(FrontMatter.Named::name).containsExactly("Amira Haddad");
        assertThat(fm.textList("topics")).extracting(FrontMatter.Named::name).containsExactly("Oil", "Gas");
        assertThat(reported()).containsExactly(
                "a.md:5: each item of `topics` must be a single name — write the list as `topics: [First, Second]` or one `- name` per line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2014-06-17                | 2014-06-17 |
            2014-6-7                  | 2014-06-07 |
            2014-06-17T09:30:00+01:00 | 2014-06-17 | 2014-06-17T09:30+01:00
            2014-06-17 09:30:00Z      | 2014-06-17 | 2014-06-17T09:30Z
            """)
    void datesAndDateTimesWithZones(String value, String date, String time) {
        FrontMatter.DateValue parsed = parse("date: " + value + "\n").date("date").orElseThrow();
        assertThat(parsed.date()).isEqualTo(LocalDate.parse(date));
        assertThat(parsed.time()).isEqualTo(time == null ? null : OffsetDateTime.parse(time));
    }

    @Test
    void impossibleDatesNameTheirLine() {
        FrontMatter fm = parse("title: T\ndate: 2014-02-30\n");
        assertThat(fm.date("date")).isEmpty();
        assertThat(reported()).singleElement().asString().startsWith("a.md:3: `date: 2014-02-30` is not a real date");
    }

    @Test
    void duplicateKeysAreReportedWithBothLines() {
        parse("title: A\nsummary: S\ntitle: B\n");
        assertThat(reported()).containsExactly("a.md:4: `title` is given twice — keep one of the two lines (first on line 2)");
    }

    @Test
    void syntaxErrorsPointAtTheFileLineNotTheBlockLine() {
        assertThat(FrontMatter.parse(new SourceLocation("a.md", 1), "title: A\nsummary: \"open\n", 2, problems)).isEmpty();
        assertThat(reported()).singleElement().asString().startsWith("a.md:4:");
    }

    @Test
    void unknownKeysAreErrorsSuggestingTheNearestKnownOneElseParams() {
        parse("titel: A\ncolour: red\nathor: B\n").rejectUnknownKeys(ArticleReader.KEYS);
        assertThat(reported()).containsExactly(
                "a.md:2: unknown key `titel` — did you mean `title`?",
                "a.md:3: unknown key `colour` — did you mean `params:`? Keys of your own go under it (`params:` then `  colour: …`),"
                        + " where templates read them as `params.colour`; known keys: aliases, author, authors, correction, date, draft, featured, "
                        + "image, image_alt, image_caption, image_credit, lang, params, pdf, region, regions, slug, summary, title, topics, type, updated",
                "a.md:4: unknown key `athor` — did you mean `author`?");
    }

    @Test
    void paramsKeepTextsListsAndGroupsAsWritten() {
        Params params = parse("params:\n  series: Gulf security\n  issue: 7\n  sources: [a, b]\n  event:\n    place: Doha\n    on:\n")
                .params("params");
        assertThat(reported()).isEmpty();
        assertThat(params.get("series")).isEqualTo("Gulf security");
        assertThat(params.get("issue")).isEqualTo("7");
        assertThat(params.get("sources")).isEqualTo(List.of("a", "b"));
        assertThat(params.get("event")).isEqualTo(Map.of("place", "Doha", "on", ""));
        assertThat(params.keySet()).containsExactly("event", "issue", "series", "sources");
        assertThatThrownBy(() -> params.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void paramsMustBeAGroup() {
        assertThat(parse("params: red\n").params("params")).isEmpty();
        assertThat(reported()).containsExactly(
                "a.md:2: `params` must be a group of `key: value` lines — indent your own keys under it, e.g. `params:` then `  series: Gulf security`");
    }
}
