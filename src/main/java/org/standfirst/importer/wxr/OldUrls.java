package org.standfirst.importer.wxr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses a piece answered at on the old site, as site paths for {@code aliases}. */
final class OldUrls {
    private static final Pattern POST_QUERY = Pattern.compile("[?&](?:p|page_id|attachment_id)=(\\d{1,18})(?:&|$)");

    private OldUrls() {
    }

    /**
     * The path of its link, of its guid when that is a URL, and {@code /?p=ID}; without duplicates. A guid
     * such as {@code /?p=582} is left out when 582 is another item's id: guids survive moves between sites,
     * so an old guid can name a different post of this export.
     */
    static List<String> aliases(WxrItem item, Set<Long> ids) {
        List<String> out = new ArrayList<>();
        add(out, path(item.link()));
        String guid = path(item.guid());
        Matcher postId = POST_QUERY.matcher(guid);
        boolean otherItem = postId.find() && Long.parseLong(postId.group(1)) != item.id() && ids.contains(Long.parseLong(postId.group(1)));
        if (!otherItem) add(out, guid);
        if (item.id() > 0) add(out, "/?p=" + item.id());
        return out;
    }

    /** The site root is left out: the new home page already answers there. */
    private static void add(List<String> out, String path) {
        if (!path.isEmpty() && !path.equals("/") && !out.contains(path)) out.add(path);
    }

    /** "https://example.org/2013/01/hello/" → "/2013/01/hello/"; "" when the text is not an http(s) URL. */
    static String path(String url) {
        String text = url.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return "";
        try {
            URI uri = URI.create(text.replace(" ", "%20"));
            // Old links such as https://example.org//greek/x/ carry doubled slashes; servers treat them as one.
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath().replaceAll("/{2,}", "/");
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
