package org.standfirst.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.standfirst.Pipeline;
import org.standfirst.assemble.SiteAssembler;
import org.standfirst.assemble.SitePaths;
import org.standfirst.incremental.IncrementalBuild;
import org.standfirst.model.Article;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.render.BodyMemo;
import org.standfirst.render.PageReuse;
import org.standfirst.render.SiteRenderer;
import org.standfirst.validate.ContentValidator;
import org.standfirst.validate.ValidContent;

/**
 * The preview's quick look at an edit. When only article files changed since the last good build,
 * their own pages are rendered alone against that build's model (the files read again, the site
 * assembled again around them, no listing, feed or index page rendered) and served at once, while
 * the whole site is rebuilt behind them. That rebuild grows with the archive; the edited page does
 * not wait for it.
 *
 * <p>Anything else gets no quick look and waits for the rebuild, which is always the authority: a
 * change to a template, site.yml, a profile or a static file; a new, deleted or renamed file; an edit
 * with an error in it; a piece that moves to another address or stops being published.
 */
final class QuickLook {
    private QuickLook() {
    }

    /**
     * The edited pieces' files (pages and citation files), by their path in the output folder
     * ({@code commentary/mosul/index.html}), as the rebuild will write them; empty when this edit
     * gets no quick look.
     *
     * @param last what the last good build was made from; it must be the latest build, so that the
     *             files named in {@code changed} are the only ones that differ from it
     * @param changed the files the watcher saw change
     */
    static Optional<Map<String, byte[]>> pages(Pipeline.Snapshot last, Pipeline.Options options, List<Path> changed) {
        ValidContent before = last.content();
        Path root = before.root().toAbsolutePath().normalize();
        Map<Path, Integer> articleAt = new HashMap<>();
        for (int i = 0; i < before.articles().size(); i++) {
            articleAt.put(before.articles().get(i).file().toAbsolutePath().normalize(), i);
        }
        Set<Path> edited = new HashSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (articleAt.containsKey(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                edited.add(file);
            } else if (!isTemporary(file, root, before)) {
                return Optional.empty();
            }
        }
        if (edited.isEmpty()) return Optional.empty();

        Problems problems = new Problems();
        ContentValidator validator = new ContentValidator(problems);
        List<Article> articles = new ArrayList<>(before.articles());
        Map<Path, Article> edits = new HashMap<>();
        for (Path file : edited) {
            int i = articleAt.get(file);
            Optional<Article> read = validator.reread(before, file, articles.get(i).source().path());
            if (read.isEmpty() || fails(problems, options)) return Optional.empty();
            articles.set(i, read.get());
            edits.put(file, read.get());
        }
        Site site = withEdits(last.site(), edits).orElse(null);
        if (site == null) {
            ValidContent content = new ValidContent(before.root(), before.config(), articles, before.authors(),
                    before.regions(), before.staticFiles(), before.files(), before.redirects());
            // "Now" as the rebuild will see it; the related pieces kept by the last build are read, never stored.
            site = new SiteAssembler(problems, Pipeline.selection(options.selection().drafts(), options.selection().future()),
                    IncrementalBuild.keptRelated(options.cache())).assemble(content);
            if (fails(problems, options) || !samePages(last.site(), site, edited)) return Optional.empty();
        }

        // Images as the last build made them: a quick look encodes only what changed since.
        Map<String, String> rendered = new SiteRenderer(last.theme(), options.templatesLabel(), problems, BodyMemo.NONE,
                PageReuse.NONE, IncrementalBuild.keptImages(options.cache())).articlePages(site, edited);
        if (fails(problems, options) || rendered.isEmpty()) return Optional.empty();
        Map<String, byte[]> pages = new LinkedHashMap<>();
        rendered.forEach((sitePath, html) -> pages.put(SitePaths.file(sitePath), html.getBytes(StandardCharsets.UTF_8)));
        return Optional.of(pages);
    }

    /** What would fail the rebuild fails the quick look: errors, and with --strict warnings too. */
    private static boolean fails(Problems problems, Pipeline.Options options) {
        return problems.hasErrors() || (options.strict() && problems.warningCount() > 0);
    }

    /**
     * The last build's site with the edited articles in their pieces, when no edit changes what places
     * a piece in the archive (its address, date, type, names, draft state, aliases) and no piece was
     * waiting for its date: then the pieces' own records are all that differ, and the archive need not
     * be assembled again, which is work for the whole archive. Empty otherwise.
     */
    private static Optional<Site> withEdits(Site before, Map<Path, Article> edits) {
        if (before.heldBack().future() > 0) return Optional.empty(); // one may be due by now
        List<Piece> pieces = new ArrayList<>(before.pieces());
        int found = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            Article edit = edits.get(piece.article().file().toAbsolutePath().normalize());
            if (edit == null) continue;
            if (!samePlace(piece.article(), edit) || !inPlace(pieces, i, edit)) return Optional.empty();
            pieces.set(i, new Piece(piece.index(), edit, piece.path(), piece.typeId(), piece.type(), piece.authors(),
                    piece.regions(), piece.topics()));
            found++;
        }
        if (found != edits.size()) return Optional.empty(); // an edited piece was not published
        return Optional.of(new Site(before.config(), pieces, before.authors(), before.regions(), before.topics(),
                before.regionListings(), before.authorListings(), before.topicListings(), before.typeListings(),
                before.yearListings(), before.related(), before.assets(), before.redirects(), before.heldBack()));
    }

    /**
     * The same address, date, type, names, state and attached files: what decides a piece's place in
     * the archive, its related pieces, and the files copied beside its page.
     */
    private static boolean samePlace(Article was, Article is) {
        return Objects.equals(was.folder(), is.folder()) && Objects.equals(was.slug(), is.slug())
                && Objects.equals(was.image() == null ? null : was.image().path(), is.image() == null ? null : is.image().path())
                && Objects.equals(was.extras().pdf(), is.extras().pdf())
                && Objects.equals(was.date(), is.date()) && Objects.equals(was.time(), is.time())
                && Objects.equals(was.type(), is.type()) && was.authors().equals(is.authors())
                && was.regions().equals(is.regions()) && was.topics().equals(is.topics())
                && was.draft() == is.draft() && was.bundle() == is.bundle()
                && was.extras().aliases().equals(is.extras().aliases());
    }

    /**
     * The edited article still sorts between its neighbours: pieces of one day are ordered by title,
     * so a new title can move a piece past another and change both pages' previous and next links.
     */
    private static boolean inPlace(List<Piece> pieces, int i, Article edit) {
        Comparator<Article> order = SiteAssembler.newestFirst();
        return (i == 0 || order.compare(pieces.get(i - 1).article(), edit) < 0)
                && (i == pieces.size() - 1 || order.compare(edit, pieces.get(i + 1).article()) < 0);
    }

    /**
     * A file that is not there now and was not part of the last build: an editor's temporary file,
     * written and deleted (or renamed over the real one) within the burst. It changes nothing.
     */
    private static boolean isTemporary(Path file, Path root, ValidContent before) {
        if (!file.startsWith(root) || file.equals(root) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return false;
        String path = root.relativize(file).toString().replace('\\', '/');
        return !before.files().contains(path);
    }

    /**
     * Every edited piece is published, at the address it had: its page exists in the served site, and
     * no other page gains or loses a piece.
     */
    private static boolean samePages(Site before, Site after, Set<Path> edited) {
        if (before.pieces().size() != after.pieces().size()) return false;
        Map<Path, String> pathBefore = pathsOf(before);
        Map<Path, String> pathAfter = pathsOf(after);
        for (Path file : edited) {
            String was = pathBefore.get(file);
            if (was == null || !was.equals(pathAfter.get(file))) return false;
        }
        return true;
    }

    private static Map<Path, String> pathsOf(Site site) {
        Map<Path, String> paths = new HashMap<>();
        for (Piece piece : site.pieces()) paths.put(piece.article().file().toAbsolutePath().normalize(), piece.path());
        return paths;
    }
}
