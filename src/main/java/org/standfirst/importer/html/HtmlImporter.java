package org.standfirst.importer.html;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.standfirst.importer.BodyConverter;
import org.standfirst.importer.FrontMatterWriter;
import org.standfirst.importer.ImportException;
import org.standfirst.importer.ImportReport;
import org.standfirst.importer.StagedOutput;
import org.standfirst.importer.TermMap;
import org.standfirst.model.Slug;

/** {@code standfirst import html}: every {@code *.html} page under a folder, in path order, becomes a page bundle. */
public final class HtmlImporter {
    /**
     * The command's options.
     *
     * @param summary the CSS selector of the standfirst paragraph, or null to use the page's description
     * @param map the mapping file shared with {@code import wxr}, or null
     */
    public record Options(Path pages, String body, String summary, Path into, String type, Path map, boolean force) {
    }

    /** What happened; {@code conflicts} are existing files that stopped the import. */
    public record Result(int pieces, ImportReport report, List<String> conflicts, Path reportFile) {
    }

    private HtmlImporter() {
    }

    public static Result run(Options options) throws ImportException, IOException {
        if (!Files.isDirectory(options.pages())) {
            throw new ImportException(options.pages().toString(), 0, "no such folder", "give the folder of saved HTML pages");
        }
        checkSelector("--body", options.body(), "the article text, e.g. --body \"article .entry-content\"");
        if (options.summary() != null) checkSelector("--summary", options.summary(), "the standfirst, e.g. --summary p.standfirst");
        TermMap terms = options.map() == null ? TermMap.defaults() : TermMap.read(options.map());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(options.pages())) {
            files = walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches("(?i).*\\.html?$")).sorted().toList();
        }
        ImportReport report = new ImportReport("Import report", options.pages().getFileName() + " (" + files.size() + " HTML pages)");
        BodyConverter converter = new BodyConverter();
        Set<String> slugs = new HashSet<>();
        int pieces = 0;
        try (StagedOutput out = new StagedOutput(options.into())) {
            for (Path file : files) {
                String relative = options.pages().relativize(file).toString().replace('\\', '/');
                Document page = Jsoup.parse(file.toFile(), null, "file:///" + relative);
                PageMetadata meta = PageMetadata.read(page);
                Elements bodies = page.select(options.body());
                report.count("HTML page", !bodies.isEmpty() && meta.date() != null && !meta.title().isEmpty());
                if (bodies.isEmpty()) {
                    report.review(relative, "the selector `" + options.body() + "` finds nothing; not imported");
                    continue;
                }
                if (meta.title().isEmpty() || meta.date() == null) {
                    report.review(relative, "no " + (meta.title().isEmpty() ? "title" : "date") + " in the page's metadata; not imported");
                    continue;
                }
                // Converted inside a document of its own, as WordPress bodies are: the cleaner and converter expect a parent.
                Element body = Document.createShell(page.location()).body();
                for (Element part : bodies) body.appendChild(part.clone());
                String markdown = converter.convert(body);
                TermMap.Filed filed = terms.file(terms(meta), report, relative);
                String type = options.type() != null ? options.type() : filed.type() != null ? filed.type() : "Article";
                String folderName = Slug.of(type).isEmpty() ? "articles" : Slug.of(type);
                String slug = Slug.of(meta.title());
                if (slug.isEmpty()) slug = Slug.of(file.getFileName().toString().replaceAll("\\.html?$", ""));
                if (!slugs.add(folderName + "/" + slug)) {
                    report.warn(relative, "the slug `" + slug + "` is already used; this page is `" + slug + "-" + pieces + "`");
                    slug = slug + "-" + pieces;
                    slugs.add(folderName + "/" + slug);
                }
                FrontMatterWriter fm = new FrontMatterWriter().text("title", meta.title());
                if (meta.time() != null) fm.dateTime("date", meta.time());
                else fm.date("date", meta.date());
                if (meta.modified() != null && meta.modified().isAfter(meta.date())) fm.date("updated", meta.modified());
                fm.text("summary", summary(page, options.summary(), meta)).text("type", type).list("authors", meta.authors())
                        .list("regions", filed.regions()).list("topics", filed.topics()).text("slug", slug)
                        .blockList("aliases", List.of(oldPath(meta.canonical(), relative)))
                        .params(meta.canonical().matches("(?i)https?://.*") ? Map.of("canonical_url", meta.canonical()) : Map.of());
                for (Element img : body.select("img[src]")) {
                    if (!img.attr("src").matches("(?i)https?://.*")) report.review(relative, "the image " + img.attr("src") + " is not copied; add it beside index.md or fix the link");
                }
                out.text(folderName + "/" + meta.date() + "-" + slug + "/index.md", fm.document(markdown));
                pieces++;
            }
            List<String> conflicts = options.force() ? List.of() : out.conflicts();
            if (!conflicts.isEmpty()) return new Result(pieces, report, conflicts, null);
            out.commit();
            Path reportFile = options.into().resolve(ImportReport.FILE);
            Files.writeString(reportFile, report.markdown());
            return new Result(pieces, report, List.of(), reportFile);
        }
    }

    private static void checkSelector(String option, String selector, String what) throws ImportException {
        try {
            Selector.evaluatorOf(selector);
        } catch (Selector.SelectorParseException e) {
            throw new ImportException(option, 0, "`" + selector + "` is not a CSS selector (" + e.getMessage() + ")",
                    "give the selector of " + what);
        }
    }

    /**
     * The page's section and keywords as terms for the mapping file: unmapped, a section is the type
     * (as think tanks' sites often use it) and a keyword a topic; {@code taxonomies: {section: regions}}
     * sends a section to regions instead.
     */
    static List<TermMap.Term> terms(PageMetadata meta) {
        List<TermMap.Term> out = new ArrayList<>();
        for (String section : meta.sections()) out.add(new TermMap.Term("section", Slug.of(section), section, TermMap.Field.TYPE));
        for (String keyword : meta.keywords()) out.add(new TermMap.Term("keyword", Slug.of(keyword), keyword, TermMap.Field.TOPICS));
        return out;
    }

    /** The standfirst: the text of what {@code selector} finds, else the page's description. */
    static String summary(Document page, String selector, PageMetadata meta) {
        if (selector != null) {
            String text = page.select(selector).eachText().stream().filter(t -> !t.isBlank())
                    .reduce((a, b) -> a + " " + b).orElse("");
            if (!text.isBlank()) return text;
        }
        return meta.description();
    }

    /** The page's old address: its canonical URL's path, else its path in the folder ({@code a/index.html} → {@code /a/}). */
    static String oldPath(String canonical, String relative) {
        if (canonical.matches("(?i)https?://.*")) {
            try {
                URI uri = URI.create(canonical.replace(" ", "%20"));
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            } catch (IllegalArgumentException e) {
                // fall through to the file's path
            }
        }
        String path = "/" + relative;
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

}
