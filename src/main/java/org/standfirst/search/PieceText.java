package org.standfirst.search;

import java.util.ArrayList;
import java.util.List;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.Region;
import org.standfirst.model.Topic;

/**
 * What search reads of a piece, field by field: the title, the standfirst, sub-headings, the body with its
 * lead image's caption and alt text after it, and the names it is filed under. The language is the
 * piece's own, else the site's.
 *
 * @param passages the sub-headings and the body's paragraphs in the order they come, a line each, then the
 *                 caption and alt text: what a result's excerpt may be cut from
 */
public record PieceText(String language, String title, String standfirst, String headings, String body,
                        String names, String passages) {
    /** A piece whose sub-headings are not in its body's text: its passages are its body. */
    public PieceText(String language, String title, String standfirst, String headings, String body, String names) {
        this(language, title, standfirst, headings, body, names, body);
    }

    /** How much a word counts in each field, in halves: title > standfirst > sub-headings > body > names. */
    public enum Field {
        TITLE(10), STANDFIRST(6), HEADINGS(4), BODY(2), NAMES(1);

        public final int weight;

        Field(int weight) {
            this.weight = weight;
        }
    }

    /** The text of {@code field}. */
    public String of(Field field) {
        return switch (field) {
            case TITLE -> title;
            case STANDFIRST -> standfirst;
            case HEADINGS -> headings;
            case BODY -> body;
            case NAMES -> names;
        };
    }

    /** The fields of a piece whose body Markdown is {@code markdown}. */
    public static PieceText of(Piece piece, String markdown, String siteLanguage) {
        Article article = piece.article();
        String language = article.extras().languageOr(siteLanguage);
        List<String> headings = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> passages = new ArrayList<>();
        MarkdownWords.split(markdown, headings, body, passages);
        // After the body, so that an excerpt's start is the body's, not a description of the picture.
        if (article.image() != null) {
            for (List<String> list : List.of(body, passages)) {
                list.add(article.image().caption());
                list.add(article.image().alt());
            }
        }
        List<String> names = new ArrayList<>();
        for (Author author : piece.authors()) names.add(author.name());
        for (Region region : piece.regions()) names.add(region.name());
        for (Topic topic : piece.topics()) names.add(topic.name());
        return new PieceText(language, article.title(), article.summary(), join(headings), join(body), join(names),
                join(passages));
    }

    private static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String text = part.strip();
            if (text.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(text);
        }
        return out.toString();
    }
}
