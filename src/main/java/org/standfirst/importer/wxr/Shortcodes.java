package org.standfirst.importer.wxr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * WordPress shortcodes in post text. {@code [caption]} becomes a figure with its caption and
 * {@code [gallery]} the gallery's images; every other shortcode is left as written and named in the
 * report, because only the site's plugins knew what it meant.
 */
final class Shortcodes {
    private static final Pattern CAPTION = Pattern.compile("\\[(caption|wp_caption)([^\\]]*)\\](.*?)\\[/\\1\\]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_PART = Pattern.compile("^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\\]]+))");
    // Not followed by `(`: `[caption](https://…)` is a Markdown link whose text happens to be a shortcode name.
    private static final Pattern ANY = Pattern.compile("\\[([a-zA-Z][\\w-]*)([\\s=][^\\]\\[]*)?\\](?![(\\[])");
    /** Shortcodes of WordPress itself and of common plugins, recognised even without attributes. */
    private static final Set<String> KNOWN = Set.of("audio", "video", "playlist", "embed", "gallery", "caption",
            "youtube", "vimeo", "soundcloud", "googlemaps", "contact-form", "contact-form-7", "gravityform",
            "tweet", "twitter", "instagram", "pdf-embedder", "code", "sourcecode", "footnote", "ref", "button",
            "column", "one_half", "one_third", "tabs", "tab", "accordion", "toggle", "wpvideo", "polldaddy", "slideshow");

    private Shortcodes() {
    }

    /** The text with captions and galleries turned into HTML figures. */
    static String expand(String content, long postId, Attachments attachments) {
        String text = Autop.replace(CAPTION.matcher(content), m -> caption(m.group(2), m.group(3)));
        return Autop.replace(GALLERY.matcher(text), m -> gallery(m.group(1), postId, attachments));
    }

    /** The names of the shortcodes still in the text, sorted. */
    static Set<String> remaining(String content) {
        Set<String> names = new TreeSet<>();
        Matcher m = ANY.matcher(content);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String rest = m.group(2) == null ? "" : m.group(2);
            if (KNOWN.contains(name) || rest.contains("=") || content.contains("[/" + m.group(1) + "]")) names.add(name);
        }
        return names;
    }

    private static String caption(String attributes, String inner) {
        Map<String, String> attrs = attributes(attributes);
        Matcher parts = IMAGE_PART.matcher(inner);
        String image = parts.matches() ? parts.group(1) : inner;
        String text = parts.matches() ? parts.group(2).strip() : "";
        // Before WordPress 3.4 the caption was an attribute.
        if (text.isEmpty()) text = Entities.escape(attrs.getOrDefault("caption", ""));
        return "\n\n<figure>" + image + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>\n\n";
    }

    private static String gallery(String attributes, long postId, Attachments attachments) {
        Map<String, String> attrs = attributes(attributes);
        String ids = attrs.getOrDefault("ids", attrs.getOrDefault("include", ""));
        List<Attachments.Attachment> images = new ArrayList<>();
        if (!ids.isBlank()) {
            for (String id : ids.split("[,\\s]+")) {
                try {
                    attachments.get(Long.parseLong(id.strip())).ifPresent(images::add);
                } catch (NumberFormatException e) {
                    // A malformed id is skipped, as WordPress does.
                }
            }
        } else {
            long parent = attrs.containsKey("id") ? parseLong(attrs.get("id"), postId) : postId;
            images.addAll(attachments.imagesOf(parent));
        }
        if (images.isEmpty()) return "";
        StringBuilder out = new StringBuilder("\n\n<figure class=\"gallery\">");
        for (Attachments.Attachment image : images) {
            out.append("<img src=\"").append(Entities.escape(image.url())).append("\" alt=\"")
                    .append(Entities.escape(image.alt())).append("\">");
        }
        return out.append("</figure>\n\n").toString();
    }

    private static long parseLong(String text, long fallback) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            out.put(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        return out;
    }
}
