package org.standfirst.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole site, ready to render. Every list is in its display order, so output never depends on
 * hash or file-system order.
 *
 * @param pieces newest first (date, then title, then source path)
 * @param authors A–Z by surname
 * @param regions top-level regions A–Z, each followed by its sub-regions (depth first)
 * @param related for each piece (by index), the indexes of up to three related pieces
 * @param assets files copied into the output: images beside their pages, static files, theme assets
 * @param redirects every old address and the site path it leads to, sorted by old address
 */
public record Site(SiteConfig config, List<Piece> pieces, List<Author> authors, List<Region> regions,
                   List<Topic> topics, List<Listing> regionListings, List<Listing> authorListings,
                   List<Listing> topicListings, List<Listing> typeListings, List<Listing> yearListings,
                   List<List<Integer>> related, List<Asset> assets, List<Redirect> redirects, HeldBack heldBack) {

    public Site {
        pieces = List.copyOf(pieces);
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
        regionListings = List.copyOf(regionListings);
        authorListings = List.copyOf(authorListings);
        topicListings = List.copyOf(topicListings);
        typeListings = List.copyOf(typeListings);
        yearListings = List.copyOf(yearListings);
        related = List.copyOf(related);
        assets = List.copyOf(assets);
        redirects = List.copyOf(redirects);
    }

    /** Pieces left out of this build: drafts (without --drafts) and pieces dated in the future (without --future). */
    public record HeldBack(int drafts, int future) {
        public int total() {
            return drafts + future;
        }
    }

    /** Regions without a parent, or whose parent is not in the site: the top of the tree. */
    public List<Region> topLevelRegions() {
        Set<String> ids = new HashSet<>();
        for (Region region : regions) ids.add(region.id());
        return regions.stream().filter(r -> r.parentId() == null || !ids.contains(r.parentId())).toList();
    }

    /** A file copied as it is to {@code sitePath} in the output. */
    public record Asset(Path source, String sitePath) {
    }
}
