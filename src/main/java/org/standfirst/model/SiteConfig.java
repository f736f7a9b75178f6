package org.standfirst.model;

import java.util.Locale;
import java.util.Map;

/**
 * The archive's settings from {@code content/site.yml}; every key has a default.
 *
 * @param baseUrl the public address of the site, ending in '/', or "" when not known
 * @param permalink the article URL pattern with {@code {type} {year} {month} {day} {slug}} tokens
 * @param rawHtml what happens to HTML written inside Markdown bodies
 * @param citationStyle how "Cite this" blocks format references
 * @param search whether the build writes a search index and page ({@code search: false} turns it off)
 * @param schemaTypes the schema.org type for each piece type, by type slug ("report" → "Report");
 *                    types not listed get {@link #schemaType}'s default
 */
public record SiteConfig(String title, String tagline, String baseUrl, String language, int pageSize,
                         String permalink, Organisation organisation, String newsletterUrl, String supportUrl, RawHtml rawHtml,
                         CitationStyle citationStyle, Map<String, String> schemaTypes, boolean search) {

    public static final String DEFAULT_PERMALINK = "/{type}/{slug}/";
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SiteConfig {
        if (pageSize < 1) throw new IllegalArgumentException("page size " + pageSize);
        schemaTypes = Map.copyOf(schemaTypes);
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Commentary archive", "", "", "en", DEFAULT_PAGE_SIZE, DEFAULT_PERMALINK,
                new Organisation("", ""), "", "", RawHtml.KEEP, CitationStyle.CHICAGO, Map.of(), true);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, tagline, url, language, pageSize, permalink, organisation, newsletterUrl, supportUrl, rawHtml,
                citationStyle, schemaTypes, search);
    }

    /**
     * The schema.org type of a piece type: as configured, else {@code Report} for report-like names
     * (reports, papers, briefings, studies) and {@code NewsArticle} for commentary and the rest.
     */
    public String schemaType(String typeId) {
        String configured = schemaTypes.get(typeId);
        if (configured != null) return configured;
        for (String word : new String[] {"report", "paper", "briefing", "brief", "study", "studies"}) {
            if (typeId.contains(word)) return "Report";
        }
        return "NewsArticle";
    }

    /** Report-like types get report metadata: citation_technical_report_institution, @techreport. */
    public boolean isReport(String typeId) {
        return schemaType(typeId).equals("Report");
    }

    /** Reference styles for "Cite this". */
    public enum CitationStyle { CHICAGO, APA }

    /**
     * Raw HTML in bodies: kept (editors are trusted), escaped (shown as text), or sanitised to a safe
     * subset — the setting for archives imported from other systems.
     */
    public enum RawHtml { KEEP, ESCAPE, SANITIZE }

    /** The publisher, named on pages and in metadata; "" fields when not configured. */
    public record Organisation(String name, String url) {
    }
}
