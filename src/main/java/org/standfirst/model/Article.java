package org.standfirst.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One piece of the archive as its author wrote it: typed front matter plus the Markdown body.
 * Names of authors, regions and topics are kept as written; the assemble stage resolves them.
 *
 * @param folder the folder of the source file, relative to the content folder ("" at the top)
 * @param time the publication instant when the front matter gave a time with a zone, else null
 * @param summary the standfirst: from front matter, or the body's first paragraph as plain text
 * @param image an image path as written (relative to {@code folder}, or site-root-relative), or null
 * @param updated the date of the last substantive update, or null
 * @param file the source file: the body is read from it again when the page is rendered, so an
 *             archive never holds all its bodies in memory at once, however large it is
 * @param bodyLine the line of the file where the body starts, so render problems point into the file
 * @param bodyDigest a SHA-256 of the body as read, so later stages can tell an unchanged body
 *                   without reading the file again
 * @param extras the optional publishing details: aliases, language, PDF, correction, length
 * @param digest a digest of all the other components, or "" when not made: the build cache makes it
 *               and keeps it with the article, so a rebuild tells an unchanged article from its
 *               digest instead of digesting every record again
 */
public record Article(SourceLocation source, String folder, String slug, String title, LocalDate date,
                      OffsetDateTime time, String summary, String type, List<String> authors,
                      List<String> regions, List<String> topics, Image image, LocalDate updated,
                      boolean draft, Path file, int bodyLine, String bodyDigest, boolean bundle, Extras extras,
                      String digest) {

    public Article {
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
        if (title.isBlank()) throw new IllegalArgumentException("blank title in " + source);
    }

    /** This article with {@link #digest()} set: the build cache keeps articles with their digest. */
    public Article withDigest(String digest) {
        return new Article(source, folder, slug, title, date, time, summary, type, authors, regions, topics,
                image, updated, draft, file, bodyLine, bodyDigest, bundle, extras, digest);
    }

    /**
     * Publishing details most pieces do without.
     *
     * @param aliases old site paths that should keep answering, e.g. {@code /2014/06/mosul.html}
     * @param lang the piece's language when it differs from the site's (BCP 47), or ""
     * @param pdf an attached PDF, or null
     * @param correction a dated correction notice, or null
     * @param words the body's length in words, for the reading time
     * @param params the piece's values of its own, written under {@code params:}, for templates
     * @param featured whether the editors want the piece at the top of the home page ({@code featured: true})
     */
    public record Extras(List<String> aliases, String lang, Attachment pdf, Correction correction, int words,
                         Params params, boolean featured, boolean summaryFromBody) {
        public static final Extras NONE = new Extras(List.of(), "", null, null, 0, Params.NONE, false, false);

        public Extras {
            aliases = List.copyOf(aliases);
        }

        /** The piece's own language ({@code lang:}), else {@code siteLanguage}. */
        public String languageOr(String siteLanguage) {
            return lang.isEmpty() ? siteLanguage : lang;
        }
    }

    /** A file attached to a piece: its path as written (like an image's) and its size in bytes. */
    public record Attachment(String path, long bytes) {
    }

    /** A correction shown on the page with its date. */
    public record Correction(LocalDate date, String text) {
    }

    /** A lead image with the words that go with it; alt, caption and credit may be "". */
    public record Image(String path, String alt, String caption, String credit) {
    }
}
