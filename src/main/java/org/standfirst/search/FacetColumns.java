package org.standfirst.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Region;
import org.standfirst.model.Site;

/**
 * The facet parts: for region, author, type, topic and year, the values (ids as in the site's URLs)
 * and, for every piece, which values it has. They come from the site's listings, so a piece filed under
 * a sub-region counts towards its parents exactly as on the region pages.
 */
final class FacetColumns {
    /** The facets, by URL parameter, in the order the search page shows them. */
    static final List<String> NAMES = List.of("region", "author", "type", "topic", "year");

    private FacetColumns() {
    }

    /** Every facet part's JSON, by facet name; {@code doc} gives a piece's document number. */
    static Map<String, String> json(Site site, ToIntFunction<Piece> doc) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("region", column(site.regionListings(), depths(site), doc, site.pieces().size()));
        out.put("author", column(site.authorListings(), Map.of(), doc, site.pieces().size()));
        out.put("type", column(site.typeListings(), Map.of(), doc, site.pieces().size()));
        out.put("topic", column(site.topicListings(), Map.of(), doc, site.pieces().size()));
        out.put("year", column(site.yearListings(), Map.of(), doc, site.pieces().size()));
        return out;
    }

    /** Each piece's values of one facet, by document number. */
    static List<TreeSet<Integer>> values(List<Listing> listings, ToIntFunction<Piece> doc, int docs) {
        List<TreeSet<Integer>> out = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) out.add(new TreeSet<>());
        for (int value = 0; value < listings.size(); value++) {
            for (Piece piece : listings.get(value).pieces()) out.get(doc.applyAsInt(piece)).add(value);
        }
        return out;
    }

    /** {@code {"v":[[id,name,depth],…],"one":…,"runs":…,"c":column}}; see {@link #encode}. */
    private static String column(List<Listing> listings, Map<String, Integer> depths,
                                 ToIntFunction<Piece> doc, int docs) {
        StringBuilder out = new StringBuilder("{\"v\":[");
        for (int i = 0; i < listings.size(); i++) {
            Listing listing = listings.get(i);
            if (i > 0) out.append(',');
            out.append('[');
            Json.string(out, listing.id()).append(',');
            Json.string(out, listing.name()).append(',').append(depths.getOrDefault(listing.id(), 0)).append(']');
        }
        List<TreeSet<Integer>> perDoc = values(listings, doc, docs);
        boolean one = perDoc.stream().allMatch(values -> values.size() == 1);
        String plain = encode(perDoc, one, false);
        String runs = encode(perDoc, one, true);
        boolean useRuns = runs.length() < plain.length();
        out.append("],\"one\":").append(one).append(",\"runs\":").append(useRuns).append(",\"c\":");
        return Json.numbers(out, useRuns ? runs : plain).append('}').toString();
    }

    /**
     * Per document: the number of values (left out when every document has exactly one), then the
     * values; with {@code runs}, each entry is preceded by how many documents in a row share it
     * (years, in a column of documents in date order, are a few dozen runs).
     */
    private static String encode(List<TreeSet<Integer>> perDoc, boolean one, boolean runs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < perDoc.size(); ) {
            int next = i + 1;
            if (runs) {
                while (next < perDoc.size() && perDoc.get(next).equals(perDoc.get(i))) next++;
                Varints.append(out, next - i);
            }
            if (!one) Varints.append(out, perDoc.get(i).size());
            for (int value : perDoc.get(i)) Varints.append(out, value);
            i = next;
        }
        return out.toString();
    }

    /** How deep each region sits in the tree, for indenting the region facet. */
    private static Map<String, Integer> depths(Site site) {
        Map<String, Region> byId = new HashMap<>();
        for (Region region : site.regions()) byId.put(region.id(), region);
        Map<String, Integer> out = new HashMap<>();
        for (Region region : site.regions()) {
            int depth = 0;
            Region at = region;
            while (at.parentId() != null && byId.containsKey(at.parentId()) && depth < byId.size()) {
                at = byId.get(at.parentId());
                depth++;
            }
            out.put(region.id(), depth);
        }
        return out;
    }
}
