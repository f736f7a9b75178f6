package org.standfirst.validate;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Problems;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.SourceLocation;
import org.standfirst.model.Slug;

/** Reads {@code site.yml}; a missing file or key falls back to {@link SiteConfig#defaults()}. */
final class SiteConfigReader {
    private static final Set<String> KEYS = Set.of("title", "tagline", "base_url", "language", "page_size",
            "permalink", "organisation", "newsletter_url", "support_url", "raw_html", "citation_style", "schema_types",
            "logo", "favicon", "share_image", "footer", "timezone", "types", "search", FrontMatter.PARAMS);
    private static final Set<String> PERMALINK_TOKENS = Set.of("type", "year", "month", "day", "slug");
    private static final Set<String> SCHEMA_TYPES = Set.of("Article", "NewsArticle", "Report",
            "ScholarlyArticle", "OpinionNewsArticle", "AnalysisNewsArticle", "BlogPosting");

    private SiteConfigReader() {
    }

    /**
     * @param exists whether a file exists, by its path relative to the content folder
     * @param baseUrlGiven {@code --base-url} overrides {@code base_url}, which then goes unchecked for a path
     */
    static SiteConfig read(SourceDocument document, Problems problems, Predicate<String> exists, boolean baseUrlGiven) {
        SiteConfig defaults = SiteConfig.defaults();
        FrontMatter yaml = FrontMatter.parse(document, problems).orElse(null);
        if (yaml == null) return defaults;
        yaml.rejectUnknownKeys(KEYS);
        String baseUrl = yaml.text("base_url", defaults.baseUrl());
        if (!baseUrl.isEmpty() && !UrlRules.isHttpUrl(baseUrl)) {
            problems.error(yaml.at("base_url"), "`base_url` must be an http(s) address",
                    "write the site's public address, e.g. `base_url: https://example.org/archive/`");
            baseUrl = "";
        }
        if (!baseUrlGiven) warnOfSubPath(baseUrl, yaml.at("base_url"), problems);
        String permalink = yaml.text("permalink", defaults.permalink());
        if (!validPermalink(permalink)) {
            problems.error(yaml.at("permalink"), "`permalink: " + permalink + "` is not a usable URL pattern",
                    "start and end it with `/`, include `{slug}`, and use only the tokens {type} {year} {month} {day} {slug}");
            permalink = defaults.permalink();
        }
        SiteConfig.Organisation organisation = yaml.mapping("organisation").map(org -> {
            org.rejectUnknownKeys(Set.of("name", "url"));
            String url = org.text("url", "");
            if (!url.isEmpty() && !UrlRules.isHttpUrl(url)) {
                problems.error(org.at("url"), "`organisation.url` must be an http(s) address", "e.g. `url: https://example.org/`");
                url = "";
            }
            return new SiteConfig.Organisation(org.text("name", ""), url);
        }).orElse(defaults.organisation());
        return new SiteConfig(
                yaml.text("title", defaults.title()),
                yaml.text("tagline", defaults.tagline()),
                baseUrl,
                yaml.text("language", defaults.language()),
                yaml.positiveInt("page_size").orElse(defaults.pageSize()),
                permalink,
                organisation,
                httpUrl(yaml, "newsletter_url", problems),
                httpUrl(yaml, "support_url", problems),
                rawHtml(yaml, problems),
                citationStyle(yaml, problems),
                schemaTypes(yaml, problems),
                typeNames(yaml, problems),
                new IdentityReader(yaml, problems, exists).read(),
                yaml.params(FrontMatter.PARAMS),
                yaml.bool("search").orElse(defaults.search()));
    }

    /**
     * Crawlers read robots.txt only at the host's root, so the one a site at a sub-path writes is
     * never read: say once what the host's own robots.txt needs.
     */
    static void warnOfSubPath(String baseUrl, SourceLocation at, Problems problems) {
        if (baseUrl.isEmpty()) return;
        URI uri = URI.create(baseUrl);
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) return;
        String root = uri.getScheme() + "://" + uri.getRawAuthority() + "/";
        problems.warning(at, "the site lives at a sub-path (" + path + "), but crawlers read robots.txt only at "
                        + root + "robots.txt, not at " + baseUrl + "robots.txt",
                "add the line `Sitemap: " + baseUrl + "sitemap.xml` to " + root + "robots.txt");
    }

    private static String httpUrl(FrontMatter yaml, String key, Problems problems) {
        String url = yaml.text(key, "");
        if (url.isEmpty() || UrlRules.isHttpUrl(url) || UrlRules.isSiteRelative(url)) return url;
        problems.error(yaml.at(key), "`" + key + "` must be an http(s) address or a path starting with `/`",
                "e.g. `" + key + ": https://example.org/newsletter/`");
        return "";
    }

    private static SiteConfig.RawHtml rawHtml(FrontMatter yaml, Problems problems) {
        return choice(yaml, "raw_html", SiteConfig.RawHtml.KEEP, problems, "is not a choice",
                "write `raw_html: keep`, `raw_html: escape` or `raw_html: sanitize`");
    }

    private static SiteConfig.CitationStyle citationStyle(FrontMatter yaml, Problems problems) {
        return choice(yaml, "citation_style", SiteConfig.CitationStyle.CHICAGO, problems, "is not a style Standfirst knows",
                "write `citation_style: chicago` (author-date) or `citation_style: apa`");
    }

    /** One of an enum's values, written in lowercase in site.yml; the default when absent or wrong. */
    private static <E extends Enum<E>> E choice(FrontMatter yaml, String key, E fallback, Problems problems,
                                                String what, String hint) {
        String value = yaml.text(key, fallback.name().toLowerCase(Locale.ROOT));
        try {
            return Enum.valueOf(fallback.getDeclaringClass(), value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.error(yaml.at(key), "`" + key + ": " + value + "` " + what, hint);
            return fallback;
        }
    }

    private static Map<String, String> schemaTypes(FrontMatter yaml, Problems problems) {
        Map<String, String> out = new TreeMap<>();
        yaml.mapping("schema_types").ifPresent(types -> {
            for (String type : types.keys()) {
                String schema = types.text(type, "");
                if (!SCHEMA_TYPES.contains(schema)) {
                    problems.error(types.at(type), "`" + schema + "` is not a schema.org type for pieces",
                            "use one of " + String.join(", ", new TreeSet<>(SCHEMA_TYPES)));
                } else {
                    out.put(Slug.of(type), schema);
                }
            }
        });
        return out;
    }

    /** {@code types: {briefing: {label: Briefing, plural: Briefings}}}, by type slug. */
    private static Map<String, SiteConfig.TypeNames> typeNames(FrontMatter yaml, Problems problems) {
        Map<String, SiteConfig.TypeNames> out = new TreeMap<>();
        yaml.mapping("types").ifPresent(types -> {
            for (String type : types.keys()) {
                types.mapping(type).ifPresent(names -> {
                    names.rejectUnknownKeys(Set.of("label", "plural"));
                    out.put(Slug.of(type), new SiteConfig.TypeNames(names.text("label", ""), names.text("plural", "")));
                });
            }
        });
        return out;
    }

    static boolean validPermalink(String pattern) {
        if (!pattern.startsWith("/") || !pattern.contains("{slug}") || pattern.contains("..")
                || pattern.contains("\\") || pattern.contains("//")) return false;
        var matcher = Pattern.compile("\\{([^}]*)}").matcher(pattern);
        while (matcher.find()) if (!PERMALINK_TOKENS.contains(matcher.group(1))) return false;
        String rest = pattern.replaceAll("\\{[^}]*}", "");
        return !rest.contains("{") && !rest.contains("}") && (pattern.endsWith("/") || pattern.endsWith(".html"));
    }
}
