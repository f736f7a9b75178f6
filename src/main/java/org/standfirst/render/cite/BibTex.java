package org.standfirst.render.cite;

import java.text.Normalizer;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A BibTeX entry: {@code @techreport} for reports, {@code @misc} for everything else. Values are
 * escaped for TeX; titles are double-braced so BibTeX styles keep their capitals.
 */
public final class BibTex {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "in", "on", "for", "to", "at");

    private BibTex() {
    }

    public static String entry(CitationInput in) {
        StringBuilder out = new StringBuilder();
        out.append('@').append(in.report() ? "techreport" : "misc").append('{').append(key(in)).append(",\n");
        if (!in.authors().isEmpty()) {
            List<String> names = in.authors().stream().map(PersonName::of)
                    .map(n -> n.given().isEmpty() ? "{" + escape(n.family()) + "}" : escape(n.family()) + ", " + escape(n.given()))
                    .toList();
            field(out, "author", String.join(" and ", names));
        }
        field(out, "title", "{" + escape(in.title()) + "}");
        if (in.report()) {
            field(out, "institution", escape(in.publisher()));
            field(out, "type", escape(in.type()));
        } else {
            field(out, "organization", escape(in.publisher()));
            field(out, "note", escape(in.type()));
        }
        field(out, "year", String.valueOf(in.date().getYear()));
        out.append("  month = ").append(in.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT)).append(",\n");
        field(out, "date", in.date().toString());
        if (!in.url().isEmpty()) field(out, "url", in.url());
        if (!in.language().isEmpty()) field(out, "language", escape(in.language()));
        if (!in.keywords().isEmpty()) field(out, "keywords", escape(String.join(", ", in.keywords())));
        if (!in.summary().isEmpty()) field(out, "abstract", escape(in.summary()));
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value.isEmpty()) return;
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** {@code haddad2015vienna}: first author's family name, year, first significant title word. */
    static String key(CitationInput in) {
        String family = in.authors().isEmpty() ? "anon" : ascii(PersonName.of(in.authors().get(0)).family());
        String word = "";
        for (String candidate : in.title().split("\\s+")) {
            String folded = ascii(candidate);
            if (!folded.isEmpty() && !SMALL_WORDS.contains(folded)) {
                word = folded;
                break;
            }
        }
        String key = (family.isEmpty() ? "anon" : family) + in.date().getYear() + word;
        return key.equals("anon" + in.date().getYear()) ? ascii(in.key()) + in.date().getYear() : key;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** TeX's special characters, escaped so a title with "R&D" or "50%" survives. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
