package org.standfirst.render.view;

import java.util.List;

/** Index entries under a heading: authors by the first letter of their surname. */
public record IndexGroup(String heading, List<IndexEntry> entries) {
}
