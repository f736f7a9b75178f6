package org.standfirst.assemble;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;
import org.standfirst.model.SourceLocation;

/**
 * Checks that no two things would be written to the same output file, and names both when they
 * would. Paths are compared case-insensitively: on macOS and Windows hosts they are the same file.
 */
final class PathRegistry {
    private PathRegistry() {
    }

    static void check(Site site, Problems problems) {
        Map<String, SiteInventory.Entry> owners = new HashMap<>();
        for (SiteInventory.Entry entry : SiteInventory.of(site)) {
            if (entry.derived()) continue;
            SiteInventory.Entry earlier = owners.putIfAbsent(entry.file().toLowerCase(Locale.ROOT), entry);
            if (earlier == null) continue;
            SiteInventory.Entry reported = entry.source() != null ? entry : earlier;
            SiteInventory.Entry other = reported == entry ? earlier : entry;
            SourceLocation at = reported.source() != null ? reported.source() : SourceLocation.file("site.yml");
            String hint = reported.owner().startsWith("the redirect") ? "remove the alias, or point it at another old address"
                    : reported.source() != null ? "give one of them another `slug:` (or change `type:`/`permalink`)"
                    : "rename the type, region, author or topic so their URLs differ";
            problems.error(at, "two things would be written to /" + entry.file() + ": " + reported.owner() + " and "
                    + other.owner(), hint);
        }
    }
}
