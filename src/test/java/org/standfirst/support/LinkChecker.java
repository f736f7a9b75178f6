package org.standfirst.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link, stylesheet, image and script of every page the way a browser
 * would from disk, and lists those that lead to no file (or to a missing #fragment).
 */
public final class LinkChecker {
    private LinkChecker() {
    }

    /** Broken references in the site, as "page → href" lines; empty when every one resolves. */
    public static List<String> brokenLinks(Path site) {
        return brokenLinks(site, "/");
    }

    /** As {@link #brokenLinks(Path)}, for a site published under {@code basePath} (e.g. "/archive/"). */
    public static List<String> brokenLinks(Path site, String basePath) {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles(site)) {
            Document doc = parse(page);
            // The 404 page is served at any depth, so its links are root-relative by design.
            boolean rootRelative = page.getFileName().toString().equals("404.html");
            for (Element element : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (isExternal(ref)) continue;
                String problem = check(site, page, ref, rootRelative ? basePath : null);
                if (problem != null) broken.add(site.relativize(page) + " → " + ref + " (" + problem + ")");
            }
        }
        return broken;
    }

    /** Internal references of one page that start with '/', which break from disk and at sub-paths. */
    public static List<String> rootRelativeLinks(Path site) {
        List<String> out = new ArrayList<>();
        for (Path page : htmlFiles(site)) {
            if (page.getFileName().toString().equals("404.html")) continue;
            for (Element element : parse(page).select("a[href], link[href], img[src], script[src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (ref.startsWith("/")) out.add(site.relativize(page) + " → " + ref);
            }
        }
        return out;
    }

    private static boolean isExternal(String ref) {
        String lower = ref.toLowerCase();
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                || lower.startsWith("//");
    }

    private static String check(Path site, Path page, String ref, String basePath) {
        String fragment = "";
        int hash = ref.indexOf('#');
        String path = ref;
        if (hash >= 0) {
            fragment = ref.substring(hash + 1);
            path = ref.substring(0, hash);
        }
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.startsWith("/")) {
                if (basePath == null) return "root-relative link";
                if (!decoded.startsWith(basePath)) return "outside the base path " + basePath;
                target = site.resolve(decoded.substring(basePath.length()));
            } else {
                target = page.getParent().resolve(decoded).normalize();
            }
            if (!target.startsWith(site)) return "outside the site";
            if (Files.isDirectory(target)) return "folder link without index.html (breaks from disk)";
            if (!Files.isRegularFile(target)) return "no such file";
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (parse(target).getElementById(id) == null) return "no element with id " + id;
        }
        return null;
    }

    public static List<Path> htmlFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8", URI.create("file:///").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
