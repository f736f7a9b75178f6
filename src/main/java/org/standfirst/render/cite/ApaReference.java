package org.standfirst.render.cite;

import java.util.List;

/**
 * APA 7th edition reference-list entries for a webpage on a website (10.16) or a report (10.4):
 * {@code Haddad, A., & Okafor, L. (2015, July 21). Title. Publisher. https://…}
 */
final class ApaReference {
    /** APA lists up to 20 authors; beyond that, the first 19, an ellipsis, and the last (9.8). */
    private static final int MAX_LISTED = 20;
    private static final int LISTED_BEFORE_ELLIPSIS = 19;

    private ApaReference() {
    }

    static FormattedCitation format(CitationInput input) {
        CitationBuilder out = new CitationBuilder();
        List<AuthorName> authors = AuthorName.of(input);
        // A report is dated by its year; a web page by its full date.
        String date = input.report() ? String.valueOf(input.date().getYear())
                : EnglishDates.yearMonthDay(input.date());
        // Titles of stand-alone works are italic, and a piece on an organisation's site is one; APA would
        // sentence-case them, but only the author knows which words are proper nouns, so we keep theirs.
        String title = input.title().strip();
        if (authors.isEmpty()) {
            out.italic(title).period().text(" (" + date + ").");
        } else {
            out.text(names(authors)).period().text(" (" + date + "). ").italic(title).period();
        }
        String publisher = input.publisher().strip();
        if (!publisher.isEmpty() && !isSoleAuthor(publisher, authors)) out.text(" ").text(publisher).period();
        // APA puts no period after a URL.
        if (!input.url().isEmpty()) out.text(" ").link(input.url());
        return out.build();
    }

    /** APA leaves out the publisher when it is also the author. */
    private static boolean isSoleAuthor(String publisher, List<AuthorName> authors) {
        return authors.size() == 1 && authors.get(0) instanceof AuthorName.Group group
                && group.name().equalsIgnoreCase(publisher);
    }

    /** "Haddad, A.", "Haddad, A., & Okafor, L.", "A, B, & C", "A, …, S, . . . Z". */
    static String names(List<AuthorName> authors) {
        List<String> written = authors.stream().map(ApaReference::name).toList();
        if (written.size() == 1) return written.get(0);
        if (written.size() > MAX_LISTED) {
            return String.join(", ", written.subList(0, LISTED_BEFORE_ELLIPSIS)) + ", . . . "
                    + written.get(written.size() - 1);
        }
        return String.join(", ", written.subList(0, written.size() - 1)) + ", & " + written.get(written.size() - 1);
    }

    private static String name(AuthorName author) {
        if (author instanceof AuthorName.Person person) {
            PersonName name = person.name();
            StringBuilder out = new StringBuilder(name.family());
            if (!name.given().isEmpty()) out.append(", ").append(name.initials());
            if (!name.suffix().isEmpty()) out.append(", ").append(name.suffix());
            return out.toString();
        }
        return ((AuthorName.Group) author).name();
    }
}
