package org.standfirst.render.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a citation is made from; every field is required, "" (or an empty list) when there is nothing to say.
 *
 * @param authors display names as written ("Amira Haddad", "Ludwig van Beethoven", "محمد علی",
 *     "Haddad, Amira") or an organisation's name; blank names are ignored
 * @param type the piece's type as shown to readers, e.g. "Commentary", "Report"
 * @param report true for report-like types, which are cited as stand-alone documents
 * @param publisher the organisation's name, or the site title
 * @param url the canonical absolute URL, or "" when the site has no base_url
 * @param language a BCP 47 tag such as "en-GB"
 * @param key the piece's slug, for a stable BibTeX key
 */
public record CitationInput(List<String> authors, String title, String type, boolean report, String publisher,
                            LocalDate date, String url, String summary, List<String> keywords, String language,
                            String key) {

    public CitationInput {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(key, "key");
    }
}
