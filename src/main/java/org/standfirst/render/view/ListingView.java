package org.standfirst.render.view;

import java.util.List;
import org.standfirst.model.Params;

/**
 * One page of a region, author, topic, type or year listing.
 *
 * @param description the region's description ("" for other listings)
 * @param parent the enclosing region, or null
 * @param children sub-regions, empty for other listings
 * @param count the number of pieces in the whole listing, all pages together
 * @param author the author's profile on author pages, null elsewhere
 * @param params the region's values of its own on region pages (the author's are in {@code author}), else empty
 */
public record ListingView(String kind, String name, String description, LinkView parent, List<LinkView> children,
                          List<PieceSummary> pieces, int count, PaginationView pagination, AuthorProfile author,
                          Params params) {
}
