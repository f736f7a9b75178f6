package org.standfirst.render.view;

import java.util.List;
import org.standfirst.model.Params;

/**
 * An article page.
 *
 * @param updated the display date of the last update, or "" ({@code updatedIso} likewise)
 * @param image the lead image, or null
 * @param bodyHtml the rendered body, endnotes included
 * @param previous the next older piece, or null; {@code next} the next newer one, or null
 * @param readingTime e.g. "6 min read"
 * @param pdf the attached PDF, or null
 * @param correction a dated correction notice, or null
 * @param cite the "Cite this" reference and its downloadable files
 * @param params the piece's values of its own, written under {@code params:}
 */
public record ArticleView(String title, String summary, String type, String typeUrl, String date, String dateIso,
                          String updated, String updatedIso, List<LinkView> regions, List<LinkView> topics,
                          ImageView image, String bodyHtml, List<AuthorCard> authors, PieceSummary previous,
                          PieceSummary next, List<PieceSummary> related, String readingTime, Attachment pdf,
                          Correction correction, Cite cite, Params params) {

    /** A downloadable file: its URL and its size in words ("1.2 MB"). */
    public record Attachment(String url, String size) {
    }

    /**
     * A formatted reference: {@code parts} in order (italic titles, the URL as a link), the style's
     * name ("Chicago" or "APA") and the site paths of the BibTeX and RIS files beside the page.
     */
    public record Cite(List<Part> parts, String style, String bibUrl, String risUrl) {

        /** A run of the reference's text. */
        public record Part(String text, boolean italic, boolean link) {
        }
    }

    /** A correction notice: display date, ISO date and text. */
    public record Correction(String date, String dateIso, String text) {
    }
}
