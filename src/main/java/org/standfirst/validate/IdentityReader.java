package org.standfirst.validate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.standfirst.model.Problems;
import org.standfirst.model.SiteConfig;

/**
 * Reads the site's identity from site.yml: {@code logo}, {@code favicon}, {@code share_image},
 * {@code footer} and {@code timezone}. An image must be a file of content/static/, named from the
 * content folder ({@code static/logo.svg}), because only those files are copied to the site.
 */
final class IdentityReader {
    private static final String STATIC = "static/";
    private final FrontMatter yaml;
    private final Problems problems;
    private final Predicate<String> exists;

    IdentityReader(FrontMatter yaml, Problems problems, Predicate<String> exists) {
        this.yaml = yaml;
        this.problems = problems;
        this.exists = exists;
    }

    SiteConfig.Identity read() {
        String logo = image("logo", true, "the header, print and the publisher's logo in search results");
        String favicon = image("favicon", true, "the browser tab and home screens");
        String share = image("share_image", false, "share cards of pages without a lead image");
        List<SiteConfig.Link> links = new ArrayList<>();
        String copyright = "";
        List<String> social = new ArrayList<>();
        FrontMatter footer = yaml.mapping("footer").orElse(null);
        if (footer != null) {
            footer.rejectUnknownKeys(Set.of("links", "copyright", "social"));
            footer.mapping("links").ifPresent(mapping -> {
                for (String label : mapping.keys()) {
                    String url = mapping.text(label, "");
                    if (UrlRules.isHttpUrl(url) || UrlRules.isSiteRelative(url) || url.startsWith("mailto:")) {
                        links.add(new SiteConfig.Link(label, url));
                    } else {
                        problems.error(mapping.at(label), "the footer link `" + label + ": " + url + "` leads nowhere",
                                "give an http(s) address, a site path starting with `/`, or a mailto: address");
                    }
                }
            });
            copyright = footer.text("copyright", "");
            for (FrontMatter.Named url : footer.textList("social")) {
                if (UrlRules.isHttpUrl(url.name())) social.add(url.name());
                else problems.error(url.at(), "`" + url.name() + "` is not a profile address",
                        "list the organisation's profiles as http(s) addresses, e.g. `- https://x.com/example`");
            }
        }
        return new SiteConfig.Identity(logo, favicon, share, links, copyright, social, timezone());
    }

    /** A file of content/static/ as its site path ("static/logo.svg" → "logo.svg"), or "" (reported) when unusable. */
    private String image(String key, boolean svgAllowed, String purpose) {
        String value = yaml.text(key, "");
        if (value.isEmpty()) return "";
        String lower = value.toLowerCase(Locale.ROOT);
        boolean raster = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".gif");
        boolean svg = lower.endsWith(".svg");
        if (!value.startsWith(STATIC) || !UrlRules.isSafePath(value)) {
            problems.error(yaml.at(key), "`" + key + ": " + value + "` is not a file in content/static/",
                    "name a file of the static folder from the content folder, e.g. `" + key + ": static/"
                            + (key.equals("share_image") ? "share.jpg" : key.equals("favicon") ? "favicon.svg" : "logo.svg") + "`");
            return "";
        }
        if (!(raster || (svg && svgAllowed))) {
            problems.error(yaml.at(key), "`" + key + ": " + value + "` is not " + (svgAllowed ? "a JPEG, PNG, GIF or SVG file" : "a JPEG or PNG file"),
                    svgAllowed ? "use an SVG, PNG or JPEG file for " + purpose
                            : "social platforms show no SVG: use a JPEG or PNG of at least 1200×630 pixels for " + purpose);
            return "";
        }
        if (!exists.test(value)) {
            problems.error(yaml.at(key), "the file `" + value + "` does not exist", "put the file at content/" + value
                    + " or fix the path");
            return "";
        }
        return value.substring(STATIC.length());
    }

    private String timezone() {
        String zone = yaml.text("timezone", "UTC");
        try {
            ZoneId.of(zone);
            return zone;
        } catch (DateTimeException e) {
            problems.error(yaml.at("timezone"), "`timezone: " + zone + "` is not a time zone",
                    "write an IANA zone name, e.g. `timezone: Europe/London`, or `UTC`");
            return "UTC";
        }
    }
}
