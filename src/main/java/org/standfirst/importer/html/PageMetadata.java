package org.standfirst.importer.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A saved page's metadata, from the most to the least reliable source: schema.org JSON-LD, Google Scholar
 * {@code citation_*} tags, OpenGraph {@code article:*} tags, then {@code <title>} and {@code <time>}.
 * The first source that has a value wins, field by field. The summary falls back to
 * {@code <meta name=description>}, then {@code og:description}.
 */
record PageMetadata(String title, OffsetDateTime time, LocalDate date, LocalDate modified, List<String> authors,
                    List<String> keywords, List<String> sections, String description, String canonical) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    static PageMetadata read(Document page) {
        Map<String, Object> ld = jsonLdArticle(page);
        String title = first(text(ld.get("headline")), meta(page, "citation_title"), meta(page, "og:title"), page.title());
        String published = first(text(ld.get("datePublished")), meta(page, "citation_publication_date"),
                meta(page, "citation_date"), meta(page, "article:published_time"), timeOf(page));
        String modified = first(text(ld.get("dateModified")), meta(page, "article:modified_time"));
        List<String> authors = names(ld.get("author"));
        if (authors.isEmpty()) authors = metas(page, "citation_author");
        if (authors.isEmpty()) authors = metas(page, "article:author").stream().filter(a -> !a.startsWith("http")).toList();
        List<String> topics = keywords(ld.get("keywords"));
        if (topics.isEmpty()) topics = metas(page, "citation_keywords").stream().flatMap(k -> List.of(k.split("[;,]")).stream()).map(String::strip).filter(k -> !k.isEmpty()).toList();
        if (topics.isEmpty()) topics = metas(page, "article:tag");
        List<String> sections = texts(ld.get("articleSection"));
        if (sections.isEmpty()) sections = metas(page, "article:section");
        String description = first(meta(page, "description"), meta(page, "og:description"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        OffsetDateTime time = dateTime(published);
        LocalDate date = time != null ? time.toLocalDate() : day(published);
        return new PageMetadata(title.strip(), time, date, day(modified), authors, topics, sections, description,
                canonical == null ? "" : canonical.attr("href").strip());
    }

    /** The first {@code Article}/{@code NewsArticle}/{@code Report} object in the page's JSON-LD, or an empty map. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            Object json;
            try {
                // JSON is YAML 1.2 (tabs aside); snakeyaml-engine is already a dependency.
                json = new Load(LoadSettings.builder().build()).loadFromString(script.data().replace('\t', ' '));
            } catch (YamlEngineException e) {
                continue;
            }
            List<Object> candidates = new ArrayList<>();
            if (json instanceof List<?> list) candidates.addAll(list);
            else if (json instanceof Map<?, ?> map) {
                candidates.add(map);
                if (map.get("@graph") instanceof List<?> graph) candidates.addAll(graph);
            }
            for (Object candidate : candidates) {
                if (candidate instanceof Map<?, ?> map && isArticle(map.get("@type"))) return (Map<String, Object>) map;
            }
        }
        return Map.of();
    }

    private static boolean isArticle(Object type) {
        if (type instanceof List<?> types) return types.stream().anyMatch(PageMetadata::isArticle);
        return type != null && Set.of("Article", "NewsArticle", "Report", "ScholarlyArticle", "BlogPosting", "OpinionNewsArticle",
                "AnalysisNewsArticle").contains(String.valueOf(type));
    }

    private static List<String> names(Object author) {
        List<String> out = new ArrayList<>();
        if (author instanceof List<?> list) list.forEach(a -> out.addAll(names(a)));
        else if (author instanceof Map<?, ?> map && map.get("name") != null) out.add(String.valueOf(map.get("name")).strip());
        else if (author instanceof String name && !name.isBlank() && !name.startsWith("http")) out.add(name.strip());
        return out;
    }

    private static List<String> keywords(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof List<?> list) list.forEach(k -> out.add(String.valueOf(k).strip()));
        else if (value instanceof String text) for (String k : text.split(",")) out.add(k.strip());
        out.remove("");
        return new ArrayList<>(out);
    }

    /** One text or a list of texts, each kept whole (a section name may hold a comma). */
    private static List<String> texts(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof List<?> list) list.forEach(v -> out.add(text(v)));
        else out.add(text(value));
        out.remove("");
        return new ArrayList<>(out);
    }

    private static String text(Object value) {
        return value instanceof String || value instanceof Number ? String.valueOf(value).strip() : "";
    }

    private static String meta(Document page, String name) {
        List<String> values = metas(page, name);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<String> metas(Document page, String name) {
        List<String> out = new ArrayList<>();
        for (Element meta : page.select("meta[content]")) {
            if (name.equals(meta.attr("name")) || name.equals(meta.attr("property"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) out.add(content);
            }
        }
        return out;
    }

    private static String timeOf(Document page) {
        Element time = page.selectFirst("time[datetime]");
        return time == null ? "" : time.attr("datetime");
    }

    private static String first(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value.strip();
        return "";
    }

    static OffsetDateTime dateTime(String text) {
        try {
            return text.isBlank() ? null : OffsetDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate day(String text) {
        Matcher m = DAY.matcher(text);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
