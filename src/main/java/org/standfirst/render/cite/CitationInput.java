package org.standfirst.render.cite;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reference is made from.
 *
 * @param authors display names as written ("Amira Haddad")
 * @param report a report-like type (cited as a report rather than a web article)
 * @param publisher the organisation's name, or the site's title
 * @param url the canonical absolute URL, or "" when the site has no base URL
 * @param key the piece's slug, the fallback for a BibTeX key
 */
public record CitationInput(List<String> authors, String title, String type, boolean report, String publisher,
                            LocalDate date, String url, String summary, List<String> keywords, String language,
                            String key) {

    public CitationInput {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
