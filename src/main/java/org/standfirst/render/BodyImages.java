package org.standfirst.render;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standfirst.render.image.ImageSet;

/**
 * Gives the images of a rendered body their scaled copies: {@code srcset}, {@code sizes}, {@code width}
 * and {@code height}, and {@code loading="lazy"}, as a body starts below the first screen. Done on
 * each render, not kept with the body, since the copies change with the images and not the Markdown.
 */
final class BodyImages {
    /** An img tag as flexmark and jsoup write it: src first. */
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]*)\"([^>]*)>");
    /** The body column's width: what the theme shows body images at, at most. */
    static final String SIZES = "(max-width: 48rem) 100vw, 46rem";

    private BodyImages() {
    }

    /**
     * @param pageSitePath the page's site path, against which the body's relative links are written
     * @param sets the derivatives of an image by its site path (without the leading '/'), or null
     */
    static String responsive(String html, String pageSitePath, Function<String, ImageSet> sets) {
        if (!html.contains("<img ")) return html;
        Matcher img = IMG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 512);
        while (img.find()) {
            String rest = img.group(2);
            String sitePath = lookedUp(img, pageSitePath);
            ImageSet set = sitePath == null ? null : sets.apply(sitePath);
            if (set == null || set.largest() == null) {
                img.appendReplacement(out, Matcher.quoteReplacement(img.group()));
                continue;
            }
            String from = "/" + pageSitePath;
            StringBuilder srcset = new StringBuilder();
            for (ImageSet.Variant v : set.widths()) {
                if (srcset.length() > 0) srcset.append(", ");
                srcset.append(attribute(LinkFilter.relative("/" + v.sitePath(), from, ""))).append(' ').append(v.width()).append('w');
            }
            ImageSet.Variant largest = set.largest();
            String tag = "<img src=\"" + attribute(LinkFilter.relative("/" + largest.sitePath(), from, "")) + "\" srcset=\"" + srcset
                    + "\" sizes=\"" + SIZES + "\" width=\"" + largest.width() + "\" height=\"" + largest.height()
                    + "\" loading=\"lazy\" decoding=\"async\"" + rest + ">";
            img.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        img.appendTail(out);
        return out.toString();
    }

    /** The site paths of the images {@link #responsive} looks up in {@code html}, in their order. */
    static List<String> sitePaths(String html, String pageSitePath) {
        if (!html.contains("<img ")) return List.of();
        List<String> out = new ArrayList<>();
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            String sitePath = lookedUp(img, pageSitePath);
            if (sitePath != null) out.add(sitePath);
        }
        return out;
    }

    /** The site path of an img whose derivatives are looked up: one of this site, without a size or srcset of its own. */
    private static String lookedUp(Matcher img, String pageSitePath) {
        String rest = img.group(2);
        return rest.contains(" width=") || rest.contains(" srcset=") ? null : sitePath(pageSitePath, img.group(1));
    }

    /** The site path an img src written on the page at {@code pageSitePath} names, or null for another site's. */
    static String sitePath(String pageSitePath, String src) {
        try {
            URI page = URI.create("https://site.invalid/" + LinkFilter.encode(pageSitePath));
            URI target = page.resolve(src.replace("&amp;", "&"));
            if (!"site.invalid".equals(target.getHost()) || target.getRawPath() == null) return null;
            String path = URLDecoder.decode(target.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String attribute(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
