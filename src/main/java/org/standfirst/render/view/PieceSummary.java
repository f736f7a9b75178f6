package org.standfirst.render.view;

import java.util.List;

/**
 * A piece as listings show it.
 *
 * @param date the display date ("17 June 2014"); {@code dateIso} is the same as 2014-06-17
 * @param summary the standfirst, plain text
 */
public record PieceSummary(String title, String url, String type, String typeUrl, String date, String dateIso,
                           List<LinkView> authors, List<LinkView> regions, String summary) {
}
