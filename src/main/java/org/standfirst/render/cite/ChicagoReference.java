package org.standfirst.render.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * Chicago author-date (17th ed.) reference-list entries: web documents (15.51) and reports (15.53):
 * {@code Haddad, Amira, and Laurence Okafor. 2015. “Title.” Publisher, July 21, 2015. https://….}
 */
final class ChicagoReference {
    /** Chicago lists up to ten authors; beyond that, the first seven and "et al." (15.9 / 14.76). */
    private static final int MAX_LISTED = 10;
    private static final int LISTED_WHEN_TRUNCATED = 7;

    private ChicagoReference() {
    }

    static FormattedCitation format(CitationInput input) {
        CitationBuilder out = new CitationBuilder();
        List<AuthorName> authors = AuthorName.of(input);
        String year = String.valueOf(input.date().getYear());
        if (authors.isEmpty()) {
            title(out, input).text(" ").text(year).period();
        } else {
            out.text(names(authors)).period().text(" ").text(year).period().text(" ");
            title(out, input);
        }
        String publisher = input.publisher().strip();
        if (input.report()) {
            // The year already dates a report; Chicago gives no day for reports.
            if (!input.type().isBlank()) out.text(" ").text(input.type().strip()).period();
            if (!publisher.isEmpty()) out.text(" ").text(publisher).period();
        } else {
            out.text(" ");
            if (!publisher.isEmpty()) out.text(publisher).text(", ");
            out.text(EnglishDates.monthDayYear(input.date())).period();
        }
        if (!input.url().isEmpty()) out.text(" ").link(input.url()).text(".");
        return out.build();
    }

    private static CitationBuilder title(CitationBuilder out, CitationInput input) {
        String title = input.title().strip();
        if (input.report()) return out.italic(title).period();
        // Chicago puts the period inside the quotation marks, and none after "?" or "!".
        return out.text("“" + title + (CitationBuilder.endsSentence(title) ? "" : ".") + "”");
    }

    /** "Haddad, Amira", "Haddad, Amira, and Laurence Okafor", "A, B, and C", "A, …, G, et al.". */
    static String names(List<AuthorName> authors) {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) written.add(name(authors.get(i), i == 0));
        if (written.size() > MAX_LISTED) {
            return String.join(", ", written.subList(0, LISTED_WHEN_TRUNCATED)) + ", et al.";
        }
        if (written.size() == 1) return written.get(0);
        if (written.size() == 2) {
            // The comma belongs to the inverted first name ("Haddad, Amira, and …"), not to a group's.
            String separator = written.get(0).contains(",") ? ", and " : " and ";
            return written.get(0) + separator + written.get(1);
        }
        return String.join(", ", written.subList(0, written.size() - 1)) + ", and " + written.get(written.size() - 1);
    }

    private static String name(AuthorName author, boolean first) {
        if (author instanceof AuthorName.Person person) {
            return first ? person.name().familyFirst() : person.name().givenFirst();
        }
        return ((AuthorName.Group) author).name();
    }
}
