package org.standfirst.render.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RIS records for reference managers (Zotero, EndNote, Mendeley): {@code RPRT} for reports, {@code ELEC}
 * (web page) otherwise. Every line is {@code XX  - value}; empty fields are left out.
 */
public final class Ris {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private Ris() {
    }

    /** The record, with {@code \n} line endings, ending with {@code "ER  - \n"}. */
    public static String entry(CitationInput input) {
        List<String> lines = new ArrayList<>();
        lines.add(line("TY", input.report() ? "RPRT" : "ELEC"));
        for (AuthorName author : AuthorName.of(input)) lines.add(line("AU", name(author)));
        lines.add(line("TI", input.title()));
        lines.add(line("PY", String.valueOf(input.date().getYear())));
        // RIS dates are YYYY/MM/DD/ with a trailing slash for the (empty) "other info" part.
        lines.add(line("DA", String.format("%04d/%02d/%02d/", input.date().getYear(),
                input.date().getMonthValue(), input.date().getDayOfMonth())));
        addUnlessBlank(lines, "PB", input.publisher());
        addUnlessBlank(lines, "UR", input.url());
        addUnlessBlank(lines, "AB", input.summary());
        for (String keyword : input.keywords()) addUnlessBlank(lines, "KW", keyword);
        addUnlessBlank(lines, "LA", input.language());
        lines.add("ER  - ");
        return String.join("\n", lines) + "\n";
    }

    private static void addUnlessBlank(List<String> lines, String tag, String value) {
        if (!value.isBlank()) lines.add(line(tag, value));
    }

    /** A value on one line: a line break inside it would start a new, malformed tag line. */
    private static String line(String tag, String value) {
        String stripped = value.strip();
        return tag + "  - " + (hasLineBreak(stripped) ? LINE_BREAKS.matcher(stripped).replaceAll(" ") : stripped);
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /** "Haddad, Amira", "King, Martin Luther, Jr."; groups as written. */
    private static String name(AuthorName author) {
        return author instanceof AuthorName.Person person ? person.name().familyFirst()
                : ((AuthorName.Group) author).name();
    }
}
