package org.standfirst.assemble;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.model.SourceLocation;

/**
 * Checks that no two things would be written to the same output file, and names both when they
 * would. Paths are compared case-insensitively: on macOS and Windows hosts they are the same file.
 */
final class PathRegistry {
    private final Problems problems;
    private final Map<String, Owner> owners = new HashMap<>();

    PathRegistry(Problems problems) {
        this.problems = problems;
    }

    /** Who wants a path: a content file (with its location) or a page the generator makes. */
    private record Owner(String description, SourceLocation source) {
    }

    void check(Site site) {
        for (Piece piece : site.pieces()) {
            claim(piece.path(), new Owner("the piece " + piece.article().source().path(), piece.article().source().atLine(1)));
        }
        for (String page : new String[] {SitePaths.HOME, SitePaths.NOT_FOUND, SitePaths.REGIONS, SitePaths.AUTHORS,
                SitePaths.TOPICS, SitePaths.ARCHIVE}) {
            claim(page, new Owner(page.isEmpty() ? "the home page" : "the generated page /" + page, null));
        }
        int size = site.config().pageSize();
        for (var listings : java.util.List.of(site.regionListings(), site.authorListings(), site.topicListings(),
                site.typeListings(), site.yearListings())) {
            for (Listing listing : listings) {
                int pages = Pagination.pageCount(listing.pieces().size(), size);
                for (int n = 1; n <= pages; n++) {
                    claim(SitePaths.page(listing.path(), n), new Owner("the " + listing.kind().name().toLowerCase(Locale.ROOT)
                            + " listing for `" + listing.name() + "`", null));
                }
            }
        }
        for (Site.Asset asset : site.assets()) {
            claim(asset.sitePath(), new Owner("the file " + asset.source().getFileName(), null));
        }
    }

    private void claim(String path, Owner owner) {
        String file = SitePaths.file(path).toLowerCase(Locale.ROOT);
        Owner earlier = owners.putIfAbsent(file, owner);
        if (earlier == null) return;
        Owner reported = owner.source != null ? owner : earlier;
        Owner other = reported == owner ? earlier : owner;
        SourceLocation at = reported.source != null ? reported.source : SourceLocation.file("site.yml");
        problems.error(at, "two things would be written to /" + SitePaths.file(path) + ": "
                        + reported.description + " and " + other.description,
                reported.source != null ? "give one of them another `slug:` (or change `type:`/`permalink`)"
                        : "rename the type, region, author or topic so their URLs differ");
    }
}
