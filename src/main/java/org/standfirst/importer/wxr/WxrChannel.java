package org.standfirst.importer.wxr;

import java.util.List;

/** What the export says about the site as a whole: its address, authors and declared terms. */
public record WxrChannel(String version, String link, String baseBlogUrl, List<WxrAuthor> authors, List<WxrTerm> terms,
                         int items) {
}
