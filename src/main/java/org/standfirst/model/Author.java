package org.standfirst.model;

import java.util.List;

/**
 * A person who writes for the archive. Authors named in a piece but without a profile file get
 * one too (with {@code profile == null}), so every byline links somewhere.
 *
 * @param id the slug used in URLs and to match names in bylines
 * @param sortName the name as it is sorted A–Z: surname first
 * @param photo the photo path as written in the profile, or null
 * @param bio the profile's Markdown body, "" when there is none
 * @param profile where the profile was read from, or null for an author without one
 * @param aliases old site paths of the author's page
 * @param otherNames other spellings of the name that pieces may write ("Dan Ashworth"), resolved to this author
 * @param params the profile's values of its own, for templates
 */
public record Author(String id, String name, String sortName, String role, String photo, String bio,
                     int bioLine, SourceLocation profile, List<String> aliases, List<String> otherNames,
                     Params params) {

    public Author {
        aliases = List.copyOf(aliases);
        otherNames = List.copyOf(otherNames);
    }

    public boolean hasProfile() {
        return profile != null;
    }

    /** An author who is named in pieces but has no profile file. */
    public static Author withoutProfile(String id, String name) {
        return new Author(id, name, defaultSortName(name), "", null, "", 0, null, List.of(), List.of(), Params.NONE);
    }

    /** "Amira Haddad" sorts as "Haddad Amira". */
    public static String defaultSortName(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1) + " " + trimmed.substring(0, space);
    }
}
