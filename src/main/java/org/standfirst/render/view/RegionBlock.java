package org.standfirst.render.view;

import java.util.List;

/**
 * A top-level region as the home page shows it: a few of its newest pieces and a link to all of them.
 *
 * @param count the pieces filed under the region or any region beneath it
 * @param pieces its newest pieces not shown higher up the home page or in an earlier block (its newest when
 *               all were)
 */
public record RegionBlock(String name, String url, int count, List<PieceSummary> pieces) {
    public RegionBlock {
        pieces = List.copyOf(pieces);
    }
}
