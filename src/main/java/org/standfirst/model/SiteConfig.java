package org.standfirst.model;

import java.util.Locale;

/**
 * The archive's settings from {@code content/site.yml}; every key has a default.
 *
 * @param baseUrl the public address of the site, ending in '/', or "" when not known
 * @param permalink the article URL pattern with {@code {type} {year} {month} {day} {slug}} tokens
 * @param rawHtml what happens to HTML written inside Markdown bodies
 */
public record SiteConfig(String title, String tagline, String baseUrl, String language, int pageSize,
                         String permalink, Organisation organisation, String newsletterUrl, String supportUrl, RawHtml rawHtml) {

    public static final String DEFAULT_PERMALINK = "/{type}/{slug}/";
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SiteConfig {
        if (pageSize < 1) throw new IllegalArgumentException("page size " + pageSize);
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Commentary archive", "", "", "en", DEFAULT_PAGE_SIZE, DEFAULT_PERMALINK,
                new Organisation("", ""), "", "", RawHtml.KEEP);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, tagline, url, language, pageSize, permalink, organisation, newsletterUrl, supportUrl, rawHtml);
    }

    /**
     * Raw HTML in bodies: kept (editors are trusted), escaped (shown as text), or sanitised to a safe
     * subset — the setting for archives imported from other systems.
     */
    public enum RawHtml { KEEP, ESCAPE, SANITIZE }

    /** The publisher, named on pages and in metadata; "" fields when not configured. */
    public record Organisation(String name, String url) {
    }
}
