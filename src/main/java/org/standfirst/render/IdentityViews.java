package org.standfirst.render;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.model.SiteConfig;
import org.standfirst.render.image.ImageSet;
import org.standfirst.render.image.SiteImages;
import org.standfirst.render.view.IdentityView;
import org.standfirst.render.view.ImageView;
import org.standfirst.render.view.LinkView;

/** The site's identity as pages show it: logo, favicon links, footer links, copyright, profiles. */
final class IdentityViews {
    /** Platforms by host, for the footer's profile links and twitter:site. */
    private static final Map<String, String> PLATFORMS = Map.ofEntries(Map.entry("x.com", "X"),
            Map.entry("twitter.com", "X"), Map.entry("linkedin.com", "LinkedIn"), Map.entry("youtube.com", "YouTube"),
            Map.entry("facebook.com", "Facebook"), Map.entry("instagram.com", "Instagram"),
            Map.entry("bsky.app", "Bluesky"), Map.entry("threads.net", "Threads"), Map.entry("github.com", "GitHub"));

    private IdentityViews() {
    }

    static IdentityView of(Site site, SiteImages images) {
        SiteConfig config = site.config();
        SiteConfig.Identity identity = config.identity();
        String name = config.organisation().name().isEmpty() ? config.title() : config.organisation().name();
        return new IdentityView(logo(site, identity.logo(), name, images), icons(identity.favicon(), images),
                identity.footerLinks().stream().map(link -> new LinkView(link.label(), link.url())).toList(),
                identity.copyright().isEmpty() ? copyright(name, site.pieces()) : identity.copyright(),
                identity.social().stream().map(url -> new LinkView(platform(url), url)).toList());
    }

    private static ImageView logo(Site site, String sitePath, String name, SiteImages images) {
        if (sitePath.isEmpty()) return null;
        ImageSet set = images.get(sitePath);
        if (set == null || set.largest() == null) {
            int[] size = site.assets().stream().filter(a -> a.sitePath().equals(sitePath)).findFirst()
                    .map(a -> svgSize(a.source())).orElse(new int[] {0, 0});
            return new ImageView("/" + sitePath, name, "", "", size[0], size[1], List.of());
        }
        ImageSet.Variant largest = set.largest();
        return new ImageView("/" + largest.sitePath(), name, "", "", largest.width(), largest.height(),
                set.widths().stream().map(v -> new ImageView.Source("/" + v.sitePath(), v.width())).toList());
    }

    /**
     * The favicon's 32 px PNG, then an SVG favicon as it is, then the 180 px PNG for home screens.
     * Browsers that take SVG icons choose the SVG (later, and with no fixed size, than the PNG); the
     * rest take the PNG, and old ones ask for /favicon.ico on their own.
     */
    private static List<IdentityView.Icon> icons(String sitePath, SiteImages images) {
        List<IdentityView.Icon> out = new ArrayList<>();
        if (sitePath.isEmpty()) return out;
        boolean svg = SiteImages.isSvg(sitePath);
        ImageSet set = images.get(sitePath);
        boolean drawn = set != null && set.icons().size() >= 2;
        if (drawn) out.add(new IdentityView.Icon("icon", "image/png", "32x32", "/" + set.icons().get(0).sitePath()));
        if (svg) out.add(new IdentityView.Icon("icon", "image/svg+xml", "", "/" + sitePath));
        if (drawn) out.add(new IdentityView.Icon("apple-touch-icon", "", "180x180", "/" + set.icons().get(1).sitePath()));
        return out;
    }

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox\\s*=\\s*[\"'][-\\d.]+[ ,]+[-\\d.]+[ ,]+([\\d.]+)[ ,]+([\\d.]+)");

    /**
     * An SVG's width and height from its viewBox, so the page can reserve the logo's space before it
     * loads; {0, 0} when it has none.
     */
    static int[] svgSize(Path file) {
        try {
            String head = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Matcher tag = SVG_TAG.matcher(head);
            if (!tag.find()) return new int[] {0, 0};
            Matcher box = VIEW_BOX.matcher(tag.group());
            if (!box.find()) return new int[] {0, 0};
            return new int[] {(int) Math.round(Double.parseDouble(box.group(1))), (int) Math.round(Double.parseDouble(box.group(2)))};
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    /** "© The Meridian Institute 2014–2025": the organisation and the archive's years. */
    static String copyright(String name, List<Piece> pieces) {
        if (pieces.isEmpty()) return "© " + name;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Piece piece : pieces) {
            LocalDate date = piece.article().date();
            first = Math.min(first, date.getYear());
            last = Math.max(last, date.getYear());
        }
        return "© " + name + " " + (first == last ? String.valueOf(first) : first + "–" + last);
    }

    /** The platform a profile URL is on ("X", "LinkedIn"), else its host. */
    static String platform(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
        if (host == null) return url;
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        return PLATFORMS.getOrDefault(host, host);
    }
}
