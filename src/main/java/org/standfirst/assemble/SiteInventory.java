package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.model.SourceLocation;

/**
 * Every file a site will hold and who puts it there: the one list both the URL-collision check and
 * the body-link check work from, so they can never disagree about what exists.
 */
public final class SiteInventory {
    private SiteInventory() {
    }

    /**
     * One output file.
     *
     * @param file the file's site path, e.g. {@code regions/iraq/index.html}
     * @param owner what puts it there, in words
     * @param source the content file responsible, or null for generated pages
     */
    public record Entry(String file, String owner, SourceLocation source) {
    }

    public static List<Entry> of(Site site) {
        List<Entry> entries = new ArrayList<>();
        for (Piece piece : site.pieces()) {
            entries.add(new Entry(SitePaths.file(piece.path()), "the piece " + piece.article().source().path(),
                    piece.article().source().atLine(1)));
        }
        for (String page : List.of(SitePaths.HOME, SitePaths.NOT_FOUND, SitePaths.REGIONS, SitePaths.AUTHORS,
                SitePaths.TOPICS, SitePaths.ARCHIVE)) {
            entries.add(new Entry(SitePaths.file(page), page.isEmpty() ? "the home page" : "the generated page /" + page, null));
        }
        int size = site.config().pageSize();
        for (List<Listing> listings : List.of(site.regionListings(), site.authorListings(), site.topicListings(),
                site.typeListings(), site.yearListings())) {
            for (Listing listing : listings) {
                String owner = "the " + listing.kind().name().toLowerCase(Locale.ROOT) + " listing for `" + listing.name() + "`";
                int pages = Pagination.pageCount(listing.pieces().size(), size);
                for (int n = 1; n <= pages; n++) entries.add(new Entry(SitePaths.file(SitePaths.page(listing.path(), n)), owner, null));
            }
        }
        for (Site.Asset asset : site.assets()) {
            entries.add(new Entry(asset.sitePath(), "the file " + asset.source().getFileName(), null));
        }
        return entries;
    }
}
