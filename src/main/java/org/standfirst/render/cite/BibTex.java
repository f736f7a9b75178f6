package org.standfirst.render.cite;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * BibTeX entries that classic BibTeX styles and biblatex both read: {@code @techreport} for reports,
 * {@code @misc} otherwise. Fields come in a fixed order and empty ones are left out, so the same piece
 * always gives the same bytes.
 */
public final class BibTex {
    private BibTex() {
    }

    /** The entry, with {@code \n} line endings and a final newline. */
    public static String entry(CitationInput input) {
        List<Field> fields = new ArrayList<>();
        List<AuthorName> authors = AuthorName.of(input);
        if (!authors.isEmpty()) {
            fields.add(braced("author", authors.stream().map(BibTex::name).collect(Collectors.joining(" and "))));
        }
        // Double braces keep the title's capitals: styles would otherwise lowercase "Iran" and "NATO".
        fields.add(braced("title", "{" + BibTexText.escape(input.title()) + "}"));
        String url = BibTexText.url(input.url());
        if (input.report()) {
            if (!input.type().isBlank()) fields.add(braced("type", BibTexText.escape(input.type())));
            if (!input.publisher().isBlank()) fields.add(braced("institution", BibTexText.escape(input.publisher())));
        } else if (!url.isEmpty()) {
            // Classic styles ignore the url field; howpublished is how they show the address.
            fields.add(braced("howpublished", "\\url{" + url + "}"));
        }
        fields.add(braced("year", String.valueOf(input.date().getYear())));
        // A bare month macro, so each style prints the month its own way.
        fields.add(new Field("month",
                input.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT)));
        fields.add(braced("date", input.date().toString()));
        if (!url.isEmpty()) fields.add(braced("url", url));
        if (!input.report() && !input.type().isBlank()) fields.add(braced("note", BibTexText.escape(input.type())));
        if (!input.report() && !input.publisher().isBlank()) {
            fields.add(braced("organization", BibTexText.escape(input.publisher())));
        }
        if (!input.language().isBlank()) fields.add(braced("language", BibTexText.escape(input.language())));
        List<String> keywords = input.keywords().stream().filter(k -> !k.isBlank()).map(BibTexText::escape).toList();
        if (!keywords.isEmpty()) fields.add(braced("keywords", String.join(", ", keywords)));
        if (!input.summary().isBlank()) fields.add(braced("abstract", BibTexText.escape(input.summary())));

        String type = input.report() ? "techreport" : "misc";
        return "@" + type + "{" + BibTexKey.of(input) + ",\n"
                + fields.stream().map(f -> "  " + f.name() + " = " + f.value()).collect(Collectors.joining(",\n"))
                + "\n}\n";
    }

    /** The key alone, e.g. for an in-text {@code \cite{haddad2015vienna}} hint. */
    public static String key(CitationInput input) {
        return BibTexKey.of(input);
    }

    private record Field(String name, String value) {
    }

    private static Field braced(String name, String value) {
        return new Field(name, "{" + value + "}");
    }

    /**
     * "van Beethoven, Ludwig" (BibTeX reads the lowercase "van" as a von part); "King, Jr., Martin Luther";
     * groups and one-word names in braces, so BibTeX neither splits nor abbreviates them.
     */
    private static String name(AuthorName author) {
        if (author instanceof AuthorName.Person person && !person.name().given().isEmpty()) {
            PersonName name = person.name();
            String suffix = name.suffix().isEmpty() ? "" : ", " + BibTexText.escape(name.suffix());
            return BibTexText.escape(name.family()) + suffix + ", " + BibTexText.escape(name.given());
        }
        String whole = author instanceof AuthorName.Person person ? person.name().familyFirst()
                : ((AuthorName.Group) author).name();
        return "{" + BibTexText.escape(whole) + "}";
    }
}
