package org.standfirst.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The archive's settings from {@code content/site.yml}; every key has a default.
 *
 * @param baseUrl the public address of the site, ending in '/', or "" when not known
 * @param permalink the article URL pattern with {@code {type} {year} {month} {day} {slug}} tokens
 * @param rawHtml what happens to HTML written inside Markdown bodies
 * @param citationStyle how "Cite this" blocks format references
 * @param schemaTypes the schema.org type for each piece type, by type slug ("report" → "Report");
 *                    types not listed get {@link #schemaType}'s default
 * @param types how each piece type is named, by type slug, where site.yml says so
 * @param identity the logo, favicon, share image, footer and time zone
 * @param params the site's values of its own, written under {@code params:}, for templates
 * @param search whether the build writes a search index and page ({@code search: false} turns it off)
 */
public record SiteConfig(String title, String tagline, String baseUrl, String language, int pageSize,
                         String permalink, Organisation organisation, String newsletterUrl, String supportUrl, RawHtml rawHtml,
                         CitationStyle citationStyle, Map<String, String> schemaTypes, Map<String, TypeNames> types,
                         Identity identity, Params params, boolean search) {

    public static final String DEFAULT_PERMALINK = "/{type}/{slug}/";
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SiteConfig {
        if (pageSize < 1) throw new IllegalArgumentException("page size " + pageSize);
        schemaTypes = Map.copyOf(schemaTypes);
        types = Map.copyOf(types);
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Commentary archive", "", "", "en", DEFAULT_PAGE_SIZE, DEFAULT_PERMALINK,
                new Organisation("", ""), "", "", RawHtml.KEEP, CitationStyle.CHICAGO, Map.of(), Map.of(), Identity.NONE,
                Params.NONE, true);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, tagline, url, language, pageSize, permalink, organisation, newsletterUrl, supportUrl, rawHtml,
                citationStyle, schemaTypes, types, identity, params, search);
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

    /** A piece type's name for one piece ("Briefing") and for many ("Briefings"); "" for the default. */
    public record TypeNames(String label, String plural) {
    }

    /** Type names that read the same for one piece and many: a section called "Commentary", not "Commentaries". */
    private static final Set<String> UNCOUNTABLE = Set.of("commentary", "analysis", "research", "news", "evidence",
            "testimony", "correspondence");

    /** A piece type's name on a piece: as configured ({@code types: {briefing: {label: …}}}), else as written. */
    public String typeLabel(String typeId, String name) {
        TypeNames names = types.get(typeId);
        return names == null || names.label().isEmpty() ? name : names.label();
    }

    /**
     * A piece type's name for its section (navigation, listing, feed): as configured, else the
     * English plural of its label ("Report" → "Reports", "Commentary" stays).
     */
    public String typePlural(String typeId, String label) {
        TypeNames names = types.get(typeId);
        if (names != null && !names.plural().isEmpty()) return names.plural();
        return plural(label);
    }

    static String plural(String label) {
        int space = label.lastIndexOf(' ');
        String last = label.substring(space + 1);
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || UNCOUNTABLE.contains(lower)) return label;
        String head = label.substring(0, space + 1);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return lower.endsWith("sis") ? head + last.substring(0, last.length() - 2) + "es" : label + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return head + last.substring(0, last.length() - 1) + "ies";
        }
        return label + "s";
    }

    /** Reference styles for "Cite this". */
    public enum CitationStyle { CHICAGO, APA }

    /**
     * Raw HTML in bodies: kept (editors are trusted), escaped (shown as text), or sanitised to a safe
     * subset — the setting for archives imported from other systems.
     */
    public enum RawHtml { KEEP, ESCAPE, SANITIZE }

    /**
     * How the site presents itself. Images are site paths of files in content/static/ ("logo.svg"),
     * "" when not set.
     *
     * @param footerLinks the footer's own links (contact, privacy, accessibility), in site.yml's order
     * @param copyright the footer's copyright line, or "" for the default (© organisation, years)
     * @param social profile URLs of the organisation (X, LinkedIn …), for the footer and JSON-LD sameAs
     * @param timezone the IANA zone of publication times given without one ("Europe/London")
     */
    public record Identity(String logo, String favicon, String shareImage, List<Link> footerLinks, String copyright,
                           List<String> social, String timezone) {
        public static final Identity NONE = new Identity("", "", "", List.of(), "", List.of(), "UTC");

        public Identity {
            footerLinks = List.copyOf(footerLinks);
            social = List.copyOf(social);
        }

        public ZoneId zone() {
            return ZoneId.of(timezone);
        }
    }

    /** A labelled link: an http(s) address or a site path. */
    public record Link(String label, String url) {
    }

    /** The publisher, named on pages and in metadata; "" fields when not configured. */
    public record Organisation(String name, String url) {
    }
}
