package org.standfirst.render;

import java.nio.file.Path;
import java.util.List;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.render.view.SiteView;

/**
 * The incremental build's say over each file the renderer makes: keep the file the last build wrote,
 * or make it. The renderer describes what a file is made from ({@link Input}); whether that is what
 * the last build's file was made from is decided elsewhere. The default keeps nothing.
 */
public interface PageReuse {
    /** Keeps nothing: a build without a cache, or one into an empty output. */
    PageReuse NONE = new PageReuse() {
    };

    /** What a file, or a group of files made together, is made from. */
    sealed interface Input {
    }

    /**
     * An article page with its citation files.
     *
     * @param links resolves a link of the body again (reporting what is wrong with it, as a clean
     *              build would) and says whether it is still written as it was
     * @param bodyImages the site paths of the images its body shows ({@link ShownImages#inBody}), once it
     *                   is rendered; before, empty: a page is kept only if the images its last rendering
     *                   showed are shown as they were
     */
    record ArticlePage(Piece piece, LinkCheck links, List<String> bodyImages) implements Input {
        public ArticlePage {
            bodyImages = List.copyOf(bodyImages);
        }
    }

    /** Page {@code number} of {@code total} of a listing; {@code author} for an author's listing, else null. */
    record ListingPage(Listing listing, String template, int number, int total, List<Piece> onPage, Author author)
            implements Input {
    }

    /** An Atom feed of {@code entries}, the newest first, whose whole bodies it carries. */
    record Feed(String title, String pagePath, List<Piece> entries) implements Input {
    }

    /** The sitemap's files. */
    record SitemapFiles(String baseUrl, List<Sitemap.Url> urls) implements Input {
    }

    /** A file copied as it is. */
    record Copy(Path source) implements Input {
    }

    /**
     * A part of the search index, named by a digest of what it holds: of its bytes, or of the keys of
     * what they are made from. The search stage knows which parts an edit leaves as they were. Its key
     * needs nothing of the site, so it may be asked about before {@link #begin}, while the pages render.
     */
    record SearchIndexPart(String content) implements Input {
    }

    /** Resolves a body link again; see {@link ArticlePage}. */
    @FunctionalInterface
    interface LinkCheck {
        boolean stillResolves(ResolvedLink link);
    }

    /**
     * Called once, before anything else.
     *
     * @param siteWide what every page shows of the site (its settings and navigation)
     * @param files every file of the site, by site path: with the pieces' pages, what a body link can lead to
     * @param images what pages show of the images (their derivatives' paths and sizes), by who shows them
     */
    default void begin(Site site, SiteView siteWide, List<String> files, ShownImages images) {
    }

    /**
     * True when the files the last build wrote at {@code sitePaths} were made from {@code input} and
     * are kept (the output is told). False when they must be made: the caller writes each and then
     * reports it with {@link #made}.
     */
    default boolean keep(Input input, List<String> sitePaths) {
        return false;
    }

    /** A file {@link #keep} did not keep was written; {@code links} are the body's, for an article page. */
    default void made(Input input, String sitePath, List<ResolvedLink> links) {
    }
}
