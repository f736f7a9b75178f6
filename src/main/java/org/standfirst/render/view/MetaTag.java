package org.standfirst.render.view;

/**
 * One {@code <meta>} element: {@code <meta name="citation_title" content="…">} has attribute
 * "name"; OpenGraph tags use "property".
 */
public record MetaTag(String attribute, String key, String content) {
    public static MetaTag name(String key, String content) {
        return new MetaTag("name", key, content);
    }

    public static MetaTag property(String key, String content) {
        return new MetaTag("property", key, content);
    }
}
