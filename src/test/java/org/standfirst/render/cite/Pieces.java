package org.standfirst.render.cite;

import java.time.LocalDate;
import java.util.List;

/** Citation inputs for tests: one commentary, varied one field at a time. */
final class Pieces {
    static final String URL = "https://meridian.example/commentary/vienna-agreement/";
    static final String TITLE = "The Vienna Agreement: Verification and Sanctions";

    /** Twenty-one people, "Ana Aaltonen" to "Uma Ueda", for the long author lists. */
    static final List<String> TWENTY_ONE = List.of("Ana Aaltonen", "Ben Brandt", "Chloé Curie", "Dara Doyle",
            "Eli Eze", "Farah Fahmy", "Gus Grant", "Hana Haas", "Ivo Iliev", "Jo Jensen", "Kai Kim", "Lea Lund",
            "Mo Mensah", "Nia Nunez", "Otto Olsen", "Pia Park", "Quinn Quist", "Rui Reis", "Sara Said",
            "Tom Tan", "Uma Ueda");

    private Pieces() {
    }

    static CitationInput commentary(String... authors) {
        return new CitationInput(List.of(authors), TITLE, "Commentary", false, "Meridian Institute",
                LocalDate.of(2015, 7, 21), URL, "What the deal verifies, and what happens when it fails.",
                List.of("Iran", "nuclear"), "en-GB", "vienna-agreement");
    }

    static CitationInput report(String title, String... authors) {
        return new CitationInput(List.of(authors), title, "Report", true, "Meridian Institute",
                LocalDate.of(2015, 7, 21), URL, "", List.of(), "en-GB", "sanctions-report");
    }

    static CitationInput withAuthors(CitationInput in, List<String> authors) {
        return new CitationInput(authors, in.title(), in.type(), in.report(), in.publisher(), in.date(), in.url(),
                in.summary(), in.keywords(), in.language(), in.key());
    }

    static CitationInput withTitle(CitationInput in, String title) {
        return new CitationInput(in.authors(), title, in.type(), in.report(), in.publisher(), in.date(), in.url(),
                in.summary(), in.keywords(), in.language(), in.key());
    }

    static CitationInput withPublisherAndUrl(CitationInput in, String publisher, String url) {
        return new CitationInput(in.authors(), in.title(), in.type(), in.report(), publisher, in.date(), url,
                in.summary(), in.keywords(), in.language(), in.key());
    }
}
