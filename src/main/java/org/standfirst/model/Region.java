package org.standfirst.model;

import java.util.List;

/**
 * A region or country pieces are filed under; regions form a tree through {@code parentId}.
 *
 * @param parentId the id of the enclosing region, or null for a top-level region
 * @param profile where the profile was read from (at its `parent` line, if any), or null for a region
 *                named only in pieces
 * @param aliases old site paths of the region's page
 * @param otherNames other spellings of the name that pieces may write ("Irak"), resolved to this region
 * @param params the profile's values of its own, for templates
 */
public record Region(String id, String name, String description, String parentId, SourceLocation profile,
                     List<String> aliases, List<String> otherNames, Params params) {

    public Region {
        aliases = List.copyOf(aliases);
        otherNames = List.copyOf(otherNames);
    }

    public static Region withoutProfile(String id, String name) {
        return new Region(id, name, "", null, null, List.of(), List.of(), Params.NONE);
    }
}
