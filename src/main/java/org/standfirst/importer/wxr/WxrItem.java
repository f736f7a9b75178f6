package org.standfirst.importer.wxr;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of the export, as written: posts, pages, attachments, menu items and any other post type.
 * Text fields are "" when absent; {@code line} is where the item starts in the export.
 */
public record WxrItem(int line, long id, String type, String status, String title, String link, String guid,
                      String creator, String content, String excerpt, String postDate, String postDateGmt,
                      String modified, String modifiedGmt, String pubDate, String name, long parent, int menuOrder,
                      String password, String attachmentUrl, List<WxrTerm> terms, Map<String, String> meta) {
    public WxrItem {
        terms = List.copyOf(terms);
        meta = Map.copyOf(meta);
    }

    public String meta(String key) {
        return meta.getOrDefault(key, "");
    }
}
