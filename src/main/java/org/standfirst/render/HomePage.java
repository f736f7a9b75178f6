package org.standfirst.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.render.view.PieceSummary;
import org.standfirst.render.view.RegionBlock;

/**
 * What the home page shows besides the indexes: a featured piece, the latest pieces after it, and a
 * block per top-level region. Each piece appears once where it can, so the page shows as much of the
 * archive as it has room for.
 */
final class HomePage {
    /** The latest pieces under the featured one: a screen or two, not a listing page. */
    static final int LATEST = 6;
    /** Pieces per region block. */
    static final int PER_REGION = 3;

    private HomePage() {
    }

    /** Puts {@code featured}, {@code latest} and {@code regionBlocks} into the home page's context. */
    static void fill(Map<String, Object> context, Site site, ViewFactory views) {
        Piece featured = featured(site.pieces());
        boolean[] shown = new boolean[site.pieces().size()];
        if (featured != null) shown[featured.index()] = true;
        List<Piece> latest = new ArrayList<>();
        for (Piece piece : site.pieces()) {
            if (latest.size() == LATEST) break;
            if (piece != featured) latest.add(piece);
        }
        for (Piece piece : latest) shown[piece.index()] = true;
        context.put("featured", featured == null ? null : views.summary(featured));
        context.put("latest", views.summaries(latest));
        context.put("regionBlocks", regionBlocks(site, shown, views));
    }

    /**
     * The newest piece marked {@code featured: true}; else the newest with a lead image, which the
     * top of the page is designed around; else the newest; null for an empty archive. Pieces come
     * newest first.
     */
    static Piece featured(List<Piece> pieces) {
        for (Piece piece : pieces) if (piece.article().extras().featured()) return piece;
        for (Piece piece : pieces) if (piece.article().image() != null) return piece;
        return pieces.isEmpty() ? null : pieces.get(0);
    }

    /** Top-level regions that have pieces, in the site's order of regions. */
    private static List<RegionBlock> regionBlocks(Site site, boolean[] shown, ViewFactory views) {
        List<RegionBlock> blocks = new ArrayList<>();
        for (Region region : site.topLevelRegions()) {
            Listing listing = listing(site, region.id());
            if (listing == null || listing.pieces().isEmpty()) continue;
            List<Piece> pieces = listing.pieces().stream().filter(p -> !shown[p.index()]).limit(PER_REGION).toList();
            if (pieces.isEmpty()) pieces = listing.pieces().stream().limit(PER_REGION).toList();
            for (Piece piece : pieces) shown[piece.index()] = true; // a piece filed under two regions shows once
            blocks.add(new RegionBlock(region.name(), ViewFactory.url(SitePaths.region(region.id())),
                    listing.pieces().size(), views.summaries(pieces)));
        }
        return blocks;
    }

    private static Listing listing(Site site, String regionId) {
        for (Listing listing : site.regionListings()) if (listing.id().equals(regionId)) return listing;
        return null;
    }
}
