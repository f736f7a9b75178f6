package org.standfirst.render.view;

import java.util.List;

/**
 * A piece as listings show it.
 *
 * @param date the display date ("17 June 2014"); {@code dateIso} is the same as 2014-06-17
 * @param authors the first {@link #AUTHORS_SHOWN} authors; {@code moreAuthors} counts the rest
 * @param summary the standfirst, plain text
 * @param readingTime e.g. "6 min read"
 * @param image the lead image, for thumbnails and the home page's featured piece, or null
 */
public record PieceSummary(String title, String url, String type, String typeUrl, String date, String dateIso,
                           List<LinkView> authors, int moreAuthors, List<LinkView> regions, String summary,
                           String readingTime, ImageView image) {

    /** Listings name this many authors, then "and N others", so a 5,000-author report stays one line. */
    public static final int AUTHORS_SHOWN = 5;
}
