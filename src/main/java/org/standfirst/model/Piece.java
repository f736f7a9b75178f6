package org.standfirst.model;

import java.util.List;

/**
 * An article placed in the site: its URL and the authors, regions and topics its names resolved to.
 *
 * @param index the piece's position in the archive, newest first
 * @param path the page's site path, e.g. {@code commentary/the-slug/} (no leading slash)
 * @param typeId the slug of the piece's type, which is also the type listing's path
 * @param type the type's display name (the most used spelling across the archive)
 */
public record Piece(int index, Article article, String path, String typeId, String type, List<Author> authors,
                   List<Region> regions, List<Topic> topics) {

    public Piece {
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
    }
}
