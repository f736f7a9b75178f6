package org.standfirst.importer.wxr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.standfirst.importer.BodyConverter;
import org.standfirst.importer.FrontMatterWriter;
import org.standfirst.importer.ImportReport;
import org.standfirst.importer.PieceMedia;
import org.standfirst.importer.StagedOutput;
import org.standfirst.importer.TermMap;
import org.standfirst.importer.Uploads;
import org.standfirst.model.Slug;

/** The second pass: turns each post or page that should be imported into a page bundle in the staging folder. */
final class ItemImporter {
    private static final Set<String> DRAFT_STATUSES = Set.of("draft", "pending", "future");

    private final WxrImporter.Options options;
    private final WxrChannel channel;
    private final Attachments attachments;
    private final TermMap terms;
    private final Uploads uploads;
    private final StagedOutput out;
    private final ImportReport report;
    private final BodyConverter converter = new BodyConverter();
    private final Map<String, WxrAuthor> authorsByLogin = new TreeMap<>();
    private final Map<String, WxrAuthor> usedAuthors = new TreeMap<>();
    private final Set<String> usedSlugs = new HashSet<>();
    private final Set<String> usedAliases = new HashSet<>();
    private final Set<Long> ids;
    private int pieces;

    ItemImporter(WxrImporter.Options options, WxrChannel channel, Attachments attachments, Set<Long> ids,
                 TermMap terms, Uploads uploads, StagedOutput out, ImportReport report) {
        this.ids = ids;
        this.options = options;
        this.channel = channel;
        this.attachments = attachments;
        this.terms = terms;
        this.uploads = uploads;
        this.out = out;
        this.report = report;
        for (WxrAuthor author : channel.authors()) {
            authorsByLogin.putIfAbsent(author.login().strip(), author);
            authorsByLogin.putIfAbsent(author.login().strip().toLowerCase(Locale.ROOT), author);
        }
    }

    int pieces() {
        return pieces;
    }

    void accept(WxrItem item) {
        String type = item.type().isEmpty() ? "post" : item.type();
        String status = item.status().isEmpty() ? "publish" : item.status();
        boolean wanted = (type.equals("post") || type.equals("page") && options.pages())
                && (status.equals("publish") || DRAFT_STATUSES.contains(status) && options.drafts());
        if (wanted && status.equals("private")) wanted = false;
        report.count(type + " (" + status + ")", wanted);
        if ((type.equals("post") || type.equals("page")) && status.equals("private")) {
            report.review(ref(item), "private " + type + ", not imported: decide whether it should be public");
        }
        if (!wanted) return;
        try {
            write(item, type, status);
            pieces++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(WxrItem item, String postType, String status) throws IOException {
        String ref = ref(item);
        String title = Jsoup.parse(item.title()).text().strip();
        if (title.isEmpty()) {
            title = "Untitled " + postType + " " + item.id();
            report.review(ref, "no title in the export; it was called \"" + title + "\"");
        }
        Optional<WxrDates.Published> published = WxrDates.published(item);
        if (published.isEmpty()) {
            report.warn(ref, "no usable date (post_date_gmt, post_date and pubDate are all empty); not imported");
            report.review(ref, "not imported for want of a date: add it by hand");
            return;
        }
        if (published.get().time() == null) {
            report.warn(ref, "no GMT date in the export; the local day " + published.get().date() + " was used");
        }
        TermMap.Filed filed = file(item, ref);
        String type = filed.type() != null ? filed.type() : terms.type(postType, postType.equals("page") ? "Page" : "Article");
        String folderName = Slug.of(type).isEmpty() ? "articles" : Slug.of(type);
        String slug = uniqueSlug(folderName, item, title, ref);
        String folder = folderName + "/" + published.get().date() + "-" + slug;

        PieceMedia media = new PieceMedia(uploads);
        String body = body(item, ref, media);
        FrontMatterWriter fm = new FrontMatterWriter().text("title", title);
        if (published.get().time() != null) fm.dateTime("date", published.get().time());
        else fm.date("date", published.get().date());
        WxrDates.updated(item, published.get().date()).ifPresent(day -> fm.date("updated", day));
        fm.text("summary", summary(item)).text("type", type).list("authors", authors(item, ref))
                .list("regions", filed.regions()).list("topics", filed.topics());
        leadImage(item, ref, media, fm);
        boolean draft = !status.equals("publish") || !item.password().isEmpty();
        if (!item.password().isEmpty()) report.review(ref, "password-protected on the old site; imported as a draft");
        if (status.equals("future")) report.review(ref, "scheduled for " + published.get().date() + "; imported as a draft");
        fm.flag("draft", draft).text("slug", slug).blockList("aliases", aliases(item, ref)).params(customFields(item));

        out.text(folder + "/index.md", fm.document(body));
        for (Map.Entry<String, Path> file : media.files().entrySet()) {
            out.copy(folder + "/" + file.getKey(), file.getValue());
        }
        for (String missing : media.missing()) {
            report.warn(ref, "the upload " + missing + " is not in " + uploads.dir().getFileName() + "; the link still points at the old site");
        }
        if (!uploads.enabled() && media.uploadLinks() > 0) {
            report.review(ref, media.uploadLinks() + " link(s) to the old site's uploads; import with --uploads to copy them");
        }
    }

    private String body(WxrItem item, String ref, PieceMedia media) {
        String content = item.content();
        String html = Shortcodes.expand(content, item.id(), attachments);
        if (!Autop.hasBlocks(content)) html = Autop.apply(html);
        Document document = BodyConverter.parseFragment(html, channel.link());
        media.rewrite(document.body());
        String markdown = converter.convert(document.body());
        for (String name : Shortcodes.remaining(markdown)) report.shortcode(name, "item " + item.id());
        if (markdown.isBlank()) report.review(ref, "the body is empty");
        return markdown;
    }

    /** Old addresses not already claimed by an earlier piece (two pieces cannot redirect from one address). */
    private List<String> aliases(WxrItem item, String ref) {
        List<String> out = new ArrayList<>();
        for (String alias : OldUrls.aliases(item, ids)) {
            if (usedAliases.add(alias)) out.add(alias);
            else report.warn(ref, "the old address " + alias + " already belongs to another piece; it is not an alias of this one");
        }
        return out;
    }

    /** The excerpt, else the text before {@code <!--more-->}, as plain text. */
    private static String summary(WxrItem item) {
        if (!item.excerpt().isBlank()) return Jsoup.parse(item.excerpt()).text();
        int more = item.content().indexOf("<!--more");
        if (more <= 0) return "";
        String before = item.content().substring(0, more);
        return Jsoup.parse(Autop.apply(before.replaceAll("<!--.*?-->", ""))).text();
    }

    private List<String> authors(WxrItem item, String ref) {
        // Real exports have creators such as ">login" or " login ": trim what a login cannot contain.
        String creator = item.creator().strip().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}._@-]+$", "");
        if (creator.isEmpty()) {
            report.review(ref, "no author (empty dc:creator)");
            return List.of();
        }
        WxrAuthor author = authorsByLogin.get(creator);
        if (author == null) author = authorsByLogin.get(creator.toLowerCase(Locale.ROOT));
        if (author == null) {
            String name = Jsoup.parse(creator).text().strip();
            if (Slug.of(name).isEmpty()) {
                report.review(ref, "the author `" + creator + "` is not a name");
                return List.of();
            }
            report.warn(ref, "the author `" + creator + "` has no author block in the export; the profile has only the name");
            author = new WxrAuthor(creator, name, "", "", "");
        }
        usedAuthors.putIfAbsent(author.name(), author);
        return List.of(author.name());
    }

    /** The regions, topics and type the item's terms are filed under. */
    private TermMap.Filed file(WxrItem item, String ref) {
        return terms.file(item.terms().stream().map(ItemImporter::term).toList(), report, ref);
    }

    /** A WordPress term as the mapping sees it: unmapped taxonomies become topics. */
    private static TermMap.Term term(WxrTerm term) {
        return new TermMap.Term(term.taxonomy(), term.slug(), decode(term.name()), TermMap.Field.TOPICS);
    }

    static String decode(String name) {
        return Jsoup.parse(name).text().strip();
    }

    private String uniqueSlug(String folder, WxrItem item, String title, String ref) {
        String slug = Slug.of(decodePercent(item.name()));
        if (slug.isEmpty()) slug = Slug.of(title);
        if (slug.isEmpty()) slug = "post-" + item.id();
        if (!usedSlugs.add(folder + "/" + slug)) {
            String taken = slug;
            slug = slug + "-" + item.id();
            usedSlugs.add(folder + "/" + slug);
            report.warn(ref, "the slug `" + taken + "` is already used by another piece; this one is `" + slug + "`");
        }
        return slug;
    }

    private static String decodePercent(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private void leadImage(WxrItem item, String ref, PieceMedia media, FrontMatterWriter fm) {
        String id = item.meta("_thumbnail_id").strip();
        if (id.isEmpty()) return;
        Optional<Attachments.Attachment> image;
        try {
            image = attachments.get(Long.parseLong(id));
        } catch (NumberFormatException e) {
            image = Optional.empty();
        }
        if (image.isEmpty()) {
            report.warn(ref, "the featured image (attachment " + id + ") is not in the export; no lead image");
            return;
        }
        String url = image.get().url();
        fm.text("image", media.local(url).orElse(url)).text("image_alt", image.get().alt())
                .text("image_caption", decode(image.get().caption()));
        if (image.get().alt().isEmpty()) report.review(ref, "the lead image has no alternative text");
    }

    /** Author profiles for every author of an imported piece. */
    int writeAuthors() throws IOException {
        int written = 0;
        for (WxrAuthor author : usedAuthors.values()) {
            String id = Slug.of(author.name());
            if (id.isEmpty() || out.has("authors/" + id + ".md")) continue;
            String bio = Jsoup.parse(author.description()).text();
            out.text("authors/" + id + ".md", new FrontMatterWriter().text("name", author.name()).document(bio));
            written++;
        }
        return written;
    }

    /** Every term the export declares, so unused ones appear in the report too. */
    void declaredTerms() {
        for (WxrTerm term : channel.terms()) {
            if (!term.taxonomy().equals("nav_menu")) terms.unused(term(term), report);
        }
    }

    /**
     * The post's public custom fields (WordPress hides keys that start with `_`: plugins' own data),
     * kept under {@code params:} since no front-matter key means them; keys become YAML-safe words.
     */
    static Map<String, String> customFields(WxrItem item) {
        Map<String, String> out = new TreeMap<>();
        item.meta().forEach((key, value) -> {
            String word = key.strip().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
            if (!key.startsWith("_") && !word.isEmpty()) out.putIfAbsent(word.toLowerCase(Locale.ROOT), value);
        });
        return out;
    }

    static String ref(WxrItem item) {
        String url = item.link().isEmpty() ? item.guid() : item.link();
        return "item " + item.id() + (url.isEmpty() ? "" : " (" + url + ")");
    }
}
