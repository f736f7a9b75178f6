package org.standfirst.importer;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** What an embedded player points at, and the words a link to it should carry. */
final class Embeds {
    private Embeds() {
    }

    static String url(Element embed) {
        for (String attribute : new String[] {"src", "data", "data-src"}) {
            if (!embed.attr(attribute).isBlank()) return embed.absUrl(attribute).isEmpty() ? embed.attr(attribute).strip() : embed.absUrl(attribute);
        }
        Element source = embed.selectFirst("source[src]");
        return source == null ? "" : source.attr("src").strip();
    }

    /** The embed's own title, else "Embedded video on youtube.com" and the like. */
    static String title(Element embed, String url) {
        String title = embed.attr("title").strip();
        if (title.isEmpty()) title = embed.attr("aria-label").strip();
        if (!title.isEmpty()) return title;
        String kind = switch (embed.tagName()) {
            case "video" -> "Video";
            case "audio" -> "Audio";
            default -> "Embedded content";
        };
        String host = host(url);
        return host.isEmpty() ? kind : kind + " on " + host;
    }

    static String host(String url) {
        try {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            if (host == null) return "";
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_");
    }

    /** A link destination; in angle brackets when it has spaces or parentheses. */
    static String destination(String url) {
        return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
    }
}
