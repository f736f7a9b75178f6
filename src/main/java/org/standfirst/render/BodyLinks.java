package org.standfirst.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;

/**
 * Checks and rewrites the links in one piece's body. Site paths ({@code /regions/iraq/}) become
 * relative so they work from disk and under a sub-path; links to other pieces' Markdown files
 * ({@code ../reports/x.md}) become links to their pages; links that lead nowhere are warnings
 * (errors with {@code --strict}), and script URLs are errors.
 */
final class BodyLinks {
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data");

    private final Piece piece;
    private final LinkTargets targets;
    private final Problems problems;
    /** Every link resolved so far, in order: what the body cache checks before reusing a body. */
    private final List<ResolvedLink> resolved = Collections.synchronizedList(new ArrayList<>());

    BodyLinks(Piece piece, LinkTargets targets, Problems problems) {
        this.piece = piece;
        this.targets = targets;
        this.problems = problems;
    }

    List<ResolvedLink> resolved() {
        return List.copyOf(resolved);
    }

    /** The URL to write for {@code url}, found on 0-based line {@code bodyLine} of the body. */
    String resolve(String url, int bodyLine) {
        String result = resolveAndReport(url, bodyLine);
        resolved.add(new ResolvedLink(url, bodyLine, result));
        return result;
    }

    private String resolveAndReport(String url, int bodyLine) {
        String trimmed = url.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) return url;
        String scheme = scheme(trimmed);
        if (scheme != null) {
            if (SCRIPT_SCHEMES.contains(scheme)) {
                report(true, bodyLine, "the link `" + abbreviate(trimmed) + "` runs a script", "link to an http(s) address or a page instead");
                return "#";
            }
            return url;
        }
        int cut = firstOf(trimmed, '#', '?');
        String path = cut < 0 ? trimmed : trimmed.substring(0, cut);
        String rest = cut < 0 ? "" : trimmed.substring(cut);
        String from = "/" + piece.path();
        if (path.startsWith("/")) {
            String file = existing(path.substring(1));
            if (file == null) {
                report(false, bodyLine, "the link `" + trimmed + "` leads to no page of the site",
                        "check the address; pages are listed in docs/pages-and-urls.md");
                return url;
            }
            return LinkFilter.relative("/" + file, from, "") + rest;
        }
        String folder = piece.article().folder();
        if (path.endsWith(".md")) {
            String source = normalise(folder.isEmpty() ? path : folder + "/" + path);
            String page = source == null ? null : targets.pageOf(source);
            if (page == null) {
                report(false, bodyLine, "the link `" + trimmed + "` names no piece of the archive",
                        "link to another piece's .md file by its path from this file, e.g. `../reports/x.md`");
                return url;
            }
            return LinkFilter.relative("/" + page, from, "") + rest;
        }
        String target = normalise(piece.path() + path);
        if (target == null || existing(target) == null) {
            report(false, bodyLine, "the link `" + trimmed + "` leads to no file of the site",
                    "put the file in the piece's own folder (a page bundle) or in content/static/ and link to it from there");
        }
        return url;
    }

    /** The site file a path refers to, allowing folder links without the trailing slash. */
    private String existing(String path) {
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        for (String candidate : new String[] {SitePaths.file(decoded), decoded + "/index.html"}) {
            if (targets.isFile(candidate)) return candidate;
        }
        return null;
    }

    private void report(boolean error, int bodyLine, String message, String hint) {
        SourceLocation at = piece.article().source().atLine(piece.article().bodyLine() + bodyLine);
        if (error) problems.error(at, message, hint);
        else problems.warning(at, message, hint);
    }

    /** "a/b/../c" → "a/c"; null when the path climbs out of the site. */
    static String normalise(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** True for javascript:, vbscript: and data: URLs, which must never become live links. */
    static boolean runsScript(String url) {
        String scheme = scheme(url.strip());
        return scheme != null && SCRIPT_SCHEMES.contains(scheme);
    }

    /**
     * True for a URL with a scheme that runs no script ({@code https:}, {@code mailto:} …): such a
     * link resolves to itself and reports nothing, whatever pages the site has.
     */
    static boolean leavesTheSite(String url) {
        String scheme = scheme(url.strip());
        return scheme != null && !SCRIPT_SCHEMES.contains(scheme);
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) return null;
        for (int i = 0; i < colon; i++) { // a loop, not a stream: this runs for every link of every body
            char c = url.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return null;
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
