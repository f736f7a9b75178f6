package org.standfirst.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * The id that search.js derives from a name given alone: ASCII letters and digits in words with one
     * space between them, lower-cased, the spaces as hyphens ("Amara Abara" → "amara-abara"); null for
     * any other name. Most authors, topics and years are named so, and their values are then their
     * names alone, which halves the author part's list.
     */
    static String derivedId(String name) {
        if (name.isEmpty() || name.startsWith(" ") || name.endsWith(" ") || name.contains("  ")) return null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ')) return null;
        }
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * {@code {"v":[values],"one":…,"runs":…,"l":code lengths,"c":bits}}, each value its name when its id is
     * {@link #derivedId derived} from it and it is not a sub-region, else {@code [id,name]}, or
     * {@code [id,name,depth]} for a sub-region; see {@link #encode}.
     */
    private static String column(List<Listing> listings, Map<String, Integer> depths,
                                 ToIntFunction<Piece> doc, int docs) {
        StringBuilder out = new StringBuilder("{\"v\":[");
        for (int i = 0; i < listings.size(); i++) {
            Listing listing = listings.get(i);
            if (i > 0) out.append(',');
            int depth = depths.getOrDefault(listing.id(), 0);
            if (depth == 0 && listing.id().equals(derivedId(listing.name()))) {
                Json.string(out, listing.name());
                continue;
            }
            out.append('[');
            Json.string(out, listing.id()).append(',');
            Json.string(out, listing.name());
            if (depth > 0) out.append(',').append(depth);
            out.append(']');
        }
        List<TreeSet<Integer>> perDoc = values(listings, doc, docs);
        boolean one = perDoc.stream().allMatch(values -> values.size() == 1);
        Encoded plain = encode(perDoc, listings.size(), one, false);
        Encoded runs = encode(perDoc, listings.size(), one, true);
        boolean useRuns = runs.bits().length() < plain.bits().length();
        Encoded column = useRuns ? runs : plain;
        out.append("],\"one\":").append(one).append(",\"runs\":").append(useRuns).append(",\"l\":");
        Json.numbers(out, column.lengths()).append(",\"c\":");
        return Json.numbers(out, column.bits()).append('}').toString();
    }

    /** A column's code lengths (a character each) and its bits. */
    private record Encoded(String lengths, String bits) {
    }

    /**
     * Per document, as bits: the codes of its values, A–Z by index, then the code of the end of the
     * list (symbol {@code values}; left out when every document has exactly one); with {@code runs},
     * each entry is preceded by how many documents in a row share it, as a gamma code (years, in a
     * column of documents in date order, are a few dozen runs). Values and the end share one canonical
     * Huffman code, made from how often each occurs in this column.
     */
    private static Encoded encode(List<TreeSet<Integer>> perDoc, int values, boolean one, boolean runs) {
        List<TreeSet<Integer>> entries = new ArrayList<>();
        List<Integer> lengthsOfRuns = new ArrayList<>();
        for (int i = 0; i < perDoc.size(); ) {
            int next = i + 1;
            if (runs) while (next < perDoc.size() && perDoc.get(next).equals(perDoc.get(i))) next++;
            entries.add(perDoc.get(i));
            lengthsOfRuns.add(next - i);
            i = next;
        }
        long[] counts = new long[one ? values : values + 1];
        for (TreeSet<Integer> entry : entries) {
            for (int value : entry) counts[value]++;
            if (!one) counts[values]++;
        }
        int[] lengths = BitCodes.lengths(counts);
        int[] codes = BitCodes.codes(lengths);
        BitCodes.Writer bits = new BitCodes.Writer();
        for (int e = 0; e < entries.size(); e++) {
            if (runs) bits.gamma(lengthsOfRuns.get(e));
            for (int value : entries.get(e)) bits.bits(codes[value], lengths[value]);
            if (!one) bits.bits(codes[values], lengths[values]);
        }
        StringBuilder text = new StringBuilder(lengths.length);
        for (int length : lengths) text.append(Varints.ALPHABET.charAt(length));
        return new Encoded(text.toString(), bits.text());
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
