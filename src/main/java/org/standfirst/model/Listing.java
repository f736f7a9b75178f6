package org.standfirst.model;

import java.util.List;

/**
 * A list of pieces with its own pages: one region, author, topic, type or year.
 *
 * @param kind what the listing groups by
 * @param id the region, author or topic id, the type's slug or the year
 * @param path the first page's site path, e.g. {@code regions/iraq/}
 * @param pieces newest first
 */
public record Listing(Kind kind, String id, String name, String path, List<Piece> pieces) {

    public enum Kind { REGION, AUTHOR, TOPIC, TYPE, YEAR }

    public Listing {
        pieces = List.copyOf(pieces);
    }
}
