package org.standfirst.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.standfirst.model.Problems;

/**
 * Old addresses (`aliases:`, redirects.csv) are paths on this site: they start with '/', and once
 * percent-decoded they hold no "..", no backslash and no control characters, so a redirect page can
 * never be written outside the output folder. A query ({@code /?p=123}) is allowed: static hosts
 * can match it in their redirect files, though no page can be written for it.
 */
public final class AliasRules {
    private AliasRules() {
    }

    /** The reason an old path is unusable, or null when it is fine. */
    public static String problem(String alias) {
        if (!alias.startsWith("/") || alias.startsWith("//")) return "must be a path on this site starting with `/`";
        String path = pathPart(alias);
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "has a broken percent-escape";
        }
        if (decoded.contains("\\")) return "must not contain a backslash";
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return "must not contain control characters";
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return "must not contain `.` or `..` segments";
        }
        if (alias.contains("#")) return "must not contain a `#` fragment (browsers never send it)";
        return null;
    }

    /** The path without its query. */
    public static String pathPart(String alias) {
        int query = alias.indexOf('?');
        return query < 0 ? alias : alias.substring(0, query);
    }

    /** Reads `aliases:` from front matter, reporting unusable ones. */
    static List<String> read(FrontMatter yaml, Problems problems) {
        List<String> out = new ArrayList<>();
        for (FrontMatter.Named alias : yaml.textList("aliases")) {
            String problem = problem(alias.name());
            if (problem != null) {
                problems.error(alias.at(), "the alias `" + alias.name() + "` " + problem,
                        "write the old address as a path, e.g. `/2014/06/old-slug/` or `/?p=123`");
            } else if (!out.contains(alias.name())) {
                out.add(alias.name());
            }
        }
        return out;
    }
}
