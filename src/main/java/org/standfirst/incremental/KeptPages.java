package org.standfirst.incremental;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.render.PageReuse;
import org.standfirst.render.ResolvedLink;
import org.standfirst.render.ShownImages;
import org.standfirst.render.ThemeFiles;
import org.standfirst.render.view.SiteView;

/**
 * Decides, file by file, whether the last build's output can stand: keeps files whose key is
 * unchanged (the writer checks, for all of them at once, that the output still holds them), lets
 * the renderer make the rest, and records every file's key in the index for the next build.
 */
final class KeptPages implements PageReuse {
    /** Keeps a file of the last build in the output; see {@code OutputWriter.keep}. */
    interface Keeper {
        void keep(String sitePath, long size);
    }

    private final PageIndex previous;
    private final PageIndex next;
    private final Keeper keeper;
    private final TemplateDigests templates;
    /** When the build started: a file copied from a source modified since shortly before is never kept. */
    private final Instant start;
    /** The keys of files about to be made, by site path, until they are. */
    private final Map<String, String> making = new ConcurrentHashMap<>();
    private Site site;
    private PageKeys keys;
    private boolean sameLinkTargets;
    /** Each piece's article key with its links, by index: what the feeds that carry it are keyed by. */
    private String[] feedEntries;

    /**
     * @param previous the last build's index; empty when the output does not hold that build
     * @param next receives every file's size as it is written (see {@link RecordingSink}), and its key here
     */
    KeptPages(PageIndex previous, PageIndex next, Keeper keeper, ThemeFiles templates, Instant start) {
        this.start = start;
        this.previous = previous;
        this.next = next;
        this.keeper = keeper;
        this.templates = new TemplateDigests(templates);
    }

    @Override
    public void begin(Site site, SiteView siteWide, List<String> files, ShownImages images) {
        this.site = site;
        this.keys = new PageKeys(site, siteWide, images, templates, start);
        this.feedEntries = new String[site.pieces().size()];
        OrderFreeDigest targets = new OrderFreeDigest();
        for (String name : files) targets.add("file", name);
        for (Piece piece : site.pieces()) targets.add("page", piece.article().source().path(), SitePaths.file(piece.path()));
        next.linkTargets(targets.value());
        sameLinkTargets = !previous.linkTargets().isEmpty() && previous.linkTargets().equals(next.linkTargets());
    }

    @Override
    public boolean keep(Input input, List<String> sitePaths) {
        if (sitePaths.isEmpty()) return true;
        // An article page is asked about before it is rendered: by the images its last rendering showed.
        String key = input instanceof ArticlePage page ? keys.article(site, page.piece(), shownBefore(page))
                : key(input, sitePaths.get(0));
        List<PageIndex.Entry> entries = new ArrayList<>(sitePaths.size());
        for (String sitePath : sitePaths) {
            PageIndex.Entry entry = previous.get(sitePath);
            if (entry == null || entry.key().isEmpty() || !entry.key().equals(key)) {
                sitePaths.forEach(path -> making.put(path, key));
                return false;
            }
            entries.add(entry);
        }
        if (input instanceof ArticlePage page && !linksResolveAsBefore(page, previous.get(page.piece().path()).links())) {
            sitePaths.forEach(path -> making.put(path, key));
            return false;
        }
        for (int i = 0; i < sitePaths.size(); i++) {
            keeper.keep(sitePaths.get(i), entries.get(i).size());
            next.put(sitePaths.get(i), entries.get(i));
        }
        if (input instanceof ArticlePage page) {
            feedEntries[page.piece().index()] = PageKeys.withLinks(key, previous.get(page.piece().path()).links());
        }
        return true;
    }

    /** A search index part's key needs nothing of the site, so the search stage may ask before {@link #begin}. */
    private String key(Input input, String sitePath) {
        return input instanceof SearchIndexPart part ? PageKeys.searchPart(part, sitePath) : keys.of(input, sitePath, site, feedEntries);
    }

    /**
     * A link the last build rewrote to a page or file reported nothing, and with the same targets it
     * resolves the same way again; a link to another site never reports anything and is always written
     * as it is. The rest are resolved again, for their warnings and in case they now lead elsewhere.
     */
    private boolean linksResolveAsBefore(ArticlePage page, List<ResolvedLink> links) {
        for (ResolvedLink link : links) {
            if (sameLinkTargets && !link.unchanged() && !link.result().equals("#")) continue;
            if (link.leavesTheSite()) continue;
            if (!page.links().stillResolves(link)) return false;
        }
        return true;
    }

    /** The images the last rendering of an article page showed in its body. */
    private List<String> shownBefore(ArticlePage page) {
        PageIndex.Entry entry = previous.get(page.piece().path());
        return entry == null ? List.of() : entry.images();
    }

    @Override
    public void made(Input input, String sitePath, List<ResolvedLink> links) {
        String key = making.remove(sitePath);
        // An article page's key holds the images its body shows, known once it is rendered: the key keep
        // made from those its last rendering showed stands only when they are the same.
        if (key == null || input instanceof ArticlePage page && !page.bodyImages().equals(shownBefore(page))) {
            key = key(input, sitePath);
        }
        if (input instanceof ArticlePage page && sitePath.equals(page.piece().path())) {
            next.key(sitePath, key, links, page.bodyImages());
            feedEntries[page.piece().index()] = PageKeys.withLinks(key, links);
        } else {
            next.key(sitePath, key, links, List.of());
        }
    }
}
