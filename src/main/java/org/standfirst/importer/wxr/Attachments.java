package org.standfirst.importer.wxr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The export's attachment items, collected in the first pass so galleries and lead images can find them. */
final class Attachments {
    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$");

    /** One uploaded file: its URL, alternative text and caption (the attachment's excerpt). */
    record Attachment(long id, String url, String alt, String caption, long parent, int menuOrder) {
        boolean isImage() {
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            return IMAGE.matcher(path).matches();
        }
    }

    private final Map<Long, Attachment> byId = new HashMap<>();

    void add(WxrItem item) {
        String url = item.attachmentUrl().isEmpty() ? item.guid() : item.attachmentUrl();
        byId.put(item.id(), new Attachment(item.id(), url, item.meta("_wp_attachment_image_alt").strip(),
                item.excerpt().strip(), item.parent(), item.menuOrder()));
    }

    Optional<Attachment> get(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The images uploaded to a post, in gallery order (menu order, then upload order). */
    List<Attachment> imagesOf(long parent) {
        List<Attachment> out = new ArrayList<>();
        for (Attachment a : byId.values()) if (a.parent() == parent && a.isImage()) out.add(a);
        out.sort(Comparator.comparingInt(Attachment::menuOrder).thenComparingLong(Attachment::id));
        return out;
    }
}
