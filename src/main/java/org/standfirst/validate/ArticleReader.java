package org.standfirst.validate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.standfirst.Digests;
import org.standfirst.load.ContentLoader;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Article;
import org.standfirst.model.Problems;
import org.standfirst.model.Slug;
import org.standfirst.model.SourceLocation;

/** Reads one article's front matter into an {@link Article}, reporting every problem on the way. */
final class ArticleReader {
    static final Set<String> KEYS = Set.of("title", "date", "summary", "type", "author", "authors", "region",
            "regions", "topics", "image", "image_alt", "image_caption", "image_credit", "updated", "draft", "slug",
            "aliases", "lang", "pdf", "correction", "featured", FrontMatter.PARAMS);
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    private final FileLookups files;
    private final Problems problems;

    /** @param files the content folder's files, as this article (alone) sees them */
    ArticleReader(FileLookups files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    Optional<Article> read(SourceDocument document) {
        Optional<FrontMatter> parsed = FrontMatter.parse(document, problems);
        if (parsed.isEmpty()) return Optional.empty();
        FrontMatter yaml = parsed.get();
        yaml.rejectUnknownKeys(KEYS);
        SourceLocation source = document.source();
        String path = source.path();
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        boolean bundle = path.endsWith("/index.md");

        Optional<String> title = yaml.requiredText("title", "add a line `title: The piece's headline` to the front matter");
        Optional<FrontMatter.DateValue> date = yaml.has("date")
                ? yaml.date("date")
                : missingDate(source);
        Optional<FrontMatter.DateValue> updated = yaml.date("updated");
        if (yaml.has("author") && yaml.has("authors")) {
            problems.error(yaml.at("authors"), "both `author` and `authors` are given",
                    "keep one: `author: Name` for one author, `authors: [One, Two]` for several");
        }
        if (yaml.has("region") && yaml.has("regions")) {
            problems.error(yaml.at("regions"), "both `region` and `regions` are given",
                    "keep one: `region: Name` or `regions: [One, Two]`");
        }
        List<String> authors = names(yaml, yaml.has("authors") ? "authors" : "author", "author");
        List<String> regions = names(yaml, yaml.has("regions") ? "regions" : "region", "region");
        List<String> topics = names(yaml, "topics", "topic");
        String slug = slug(yaml, path, bundle);
        String type = yaml.text("type").filter(t -> !t.isBlank()).orElse(defaultType(path));
        boolean typeOk = !Slug.of(type).isEmpty();
        if (!typeOk) {
            problems.error(yaml.at("type"), "the type `" + type + "` has no letters or digits",
                    "write the type in words, e.g. `type: Commentary`");
        }
        boolean draft = yaml.bool("draft").orElse(false);
        Article.Image image = image(yaml, folder);
        int tooDeep = NestingGuard.firstTooDeepLine(document.body());
        if (tooDeep >= 0) {
            problems.error(source.atLine(document.bodyLine() + tooDeep), "lists or block quotes are nested more than "
                    + NestingGuard.MAX_DEPTH + " levels deep", "flatten the nesting; no reader can follow it anyway");
        }
        Optional<String> written = yaml.text("summary").filter(s -> !s.isBlank());
        String summary = tooDeep >= 0 ? "" : written.orElseGet(() -> MarkdownText.firstParagraph(document.body()));

        if (title.isEmpty() || date.isEmpty() || slug.isEmpty() || !typeOk || tooDeep >= 0) return Optional.empty();
        return Optional.of(new Article(source, folder, slug, title.get(), date.get().date(), date.get().time(),
                summary, type, authors, regions, topics, image, updated.map(FrontMatter.DateValue::date).orElse(null),
                draft, document.file(), document.bodyLine(), Digests.sha256(document.body()), bundle,
                extras(yaml, folder, document.body(), written.isEmpty()), ""));
    }

    /** @param summaryFromBody the front matter gives no summary: it is the body's first paragraph */
    private Article.Extras extras(FrontMatter yaml, String folder, String body, boolean summaryFromBody) {
        String lang = yaml.text("lang", "");
        if (!lang.isEmpty() && Locale.forLanguageTag(lang).getLanguage().isEmpty()) {
            problems.error(yaml.at("lang"), "`lang: " + lang + "` is not a language tag",
                    "use a BCP 47 tag such as `ar`, `fa`, `fr` or `en-GB`");
            lang = "";
        }
        return new Article.Extras(AliasRules.read(yaml, problems), lang, pdf(yaml, folder), correction(yaml),
                WordCount.of(body), yaml.params(FrontMatter.PARAMS), yaml.bool("featured").orElse(false), summaryFromBody);
    }

    private Article.Attachment pdf(FrontMatter yaml, String folder) {
        Optional<String> value = yaml.text("pdf").filter(p -> !p.isBlank());
        if (value.isEmpty()) return null;
        String path = value.get();
        SourceLocation at = yaml.at("pdf");
        String file = path.startsWith("/") && UrlRules.isSiteRelative(path) ? ContentLoader.STATIC + path
                : UrlRules.isSafePath(path) ? (folder.isEmpty() ? path : folder + "/" + path) : null;
        if (file == null || !path.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            problems.error(at, "`pdf: " + path + "` is not allowed",
                    "name a .pdf file next to the article (`report.pdf`) or a site path (`/files/report.pdf`)");
            return null;
        }
        if (!files.exists(file)) {
            problems.error(at, "the PDF `" + path + "` does not exist", "put the file at content/" + file + " or correct the name");
            return null;
        }
        try {
            return new Article.Attachment(path, files.size(file));
        } catch (IOException e) {
            problems.error(at, "cannot read the PDF `" + path + "`: " + e.getMessage(), "check the file's permissions");
            return null;
        }
    }

    private Article.Correction correction(FrontMatter yaml) {
        if (!yaml.has("correction")) return null;
        Optional<FrontMatter> mapping = yaml.mapping("correction");
        if (mapping.isEmpty()) return null;
        FrontMatter correction = mapping.get();
        correction.rejectUnknownKeys(Set.of("date", "text"));
        Optional<String> text = correction.text("text").filter(t -> !t.isBlank());
        Optional<FrontMatter.DateValue> date = correction.date("date");
        if (text.isEmpty() || date.isEmpty()) {
            if (!correction.has("date") || text.isEmpty()) {
                problems.error(yaml.at("correction"), "a correction needs both `date` and `text`",
                        "write `correction:` then `  date: 2015-08-01` and `  text: An earlier version said …`");
            }
            return null;
        }
        return new Article.Correction(date.get().date(), text.get());
    }

    private Optional<FrontMatter.DateValue> missingDate(SourceLocation source) {
        problems.error(source.atLine(1), "`date` is missing",
                "add a line `date: YYYY-MM-DD` (the publication date) to the front matter");
        return Optional.empty();
    }

    private List<String> names(FrontMatter yaml, String key, String what) {
        return yaml.textList(key).stream().filter(named -> {
            if (Slug.of(named.name()).isEmpty()) {
                problems.error(named.at(), "the " + what + " name `" + named.name() + "` has no letters or digits",
                        "write the " + what + "'s name in words");
                return false;
            }
            return true;
        }).map(FrontMatter.Named::name).distinct().toList();
    }

    private String slug(FrontMatter yaml, String path, boolean bundle) {
        Optional<String> given = yaml.text("slug");
        if (given.isPresent()) {
            if (Slug.isSlug(given.get())) return given.get();
            String suggestion = Slug.of(given.get());
            problems.error(yaml.at("slug"), "`slug: " + given.get() + "` is not a URL slug",
                    suggestion.isEmpty() ? "use lowercase letters, digits and hyphens"
                            : "use lowercase letters, digits and hyphens, e.g. `slug: " + suggestion + "`");
            return "";
        }
        String[] parts = path.split("/");
        String name = bundle && parts.length > 1 ? parts[parts.length - 2] : parts[parts.length - 1];
        name = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        name = DATE_PREFIX.matcher(name).replaceFirst("");
        String slug = Slug.of(name);
        if (slug.isEmpty()) {
            problems.error(yaml.at("title"), "the file name `" + name + "` gives no URL slug",
                    "rename the file with letters or digits, or add `slug: some-words`");
        }
        return slug;
    }

    /** "commentary/x.md" → "Commentary"; "op-eds/x.md" → "Op Eds"; top-level files → "Article". */
    static String defaultType(String path) {
        if (!path.contains("/")) return "Article";
        String folder = path.substring(0, path.indexOf('/'));
        StringBuilder out = new StringBuilder();
        for (String word : folder.split("[-_ ]+")) {
            if (word.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return out.isEmpty() ? "Article" : out.toString();
    }

    private Article.Image image(FrontMatter yaml, String folder) {
        Optional<String> path = yaml.text("image").filter(p -> !p.isBlank());
        if (path.isEmpty()) {
            for (String key : List.of("image_alt", "image_caption", "image_credit")) {
                if (yaml.has(key)) problems.warning(yaml.at(key), "`" + key + "` is set but there is no `image`",
                        "add `image: file.jpg` or remove `" + key + "`");
            }
            return null;
        }
        String value = path.get();
        SourceLocation at = yaml.at("image");
        if (UrlRules.isHttpUrl(value)) {
            // External images are allowed; nothing to check on disk.
        } else if (value.startsWith("/")) {
            if (!UrlRules.isSiteRelative(value)) {
                problems.error(at, "`image: " + value + "` is not a safe path", "use a path such as `/images/map.jpg`");
                return null;
            }
            if (!files.exists(ContentLoader.STATIC + value)) {
                problems.error(at, "the image `" + value + "` does not exist",
                        "site-root paths are looked up in content/static/; put the file at content/static" + value);
                return null;
            }
        } else if (!UrlRules.isSafePath(value)) {
            problems.error(at, "`image: " + value + "` is not allowed",
                    "use a file name next to the article (`map.jpg`), a site path (`/images/map.jpg`) or an http(s) URL");
            return null;
        } else {
            String file = folder.isEmpty() ? value : folder + "/" + value;
            if (!files.exists(file)) {
                problems.error(at, "the image `" + value + "` does not exist",
                        "put the file at content/" + file + " or correct the name");
                return null;
            }
        }
        String alt = yaml.text("image_alt", "");
        if (alt.isEmpty()) {
            problems.warning(at, "the image has no `image_alt` text",
                    "describe the image for readers who cannot see it: `image_alt: …`");
        }
        return new Article.Image(value, alt, yaml.text("image_caption", ""), yaml.text("image_credit", ""));
    }
}
