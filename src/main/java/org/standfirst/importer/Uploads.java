package org.standfirst.importer;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of the old site's uploads folder ({@code wp-content/uploads}), and how its URLs map onto it:
 * {@code …/wp-content/uploads/2014/06/map-300x200.jpg?w=640} is the file {@code 2014/06/map.jpg}.
 */
public final class Uploads {
    private static final String UPLOADS_PATH = "/wp-content/uploads/";
    private static final Pattern DATED = Pattern.compile("^/((?:\\d{4}/\\d{2}/)?[^/]+\\.[A-Za-z0-9]{2,5})$");
    private static final Pattern DATED_DEEP = Pattern.compile("^/(\\d{4}/\\d{2}/.+)$");
    private static final Pattern SIZE_SUFFIX = Pattern.compile("^(.*)-(?:\\d+x\\d+|scaled|rotated)(\\.[A-Za-z0-9]+)$");

    private final Path dir;
    private final Set<String> hosts = new TreeSet<>();

    /** {@code dir} may be null: then no URL is an upload to copy. */
    public Uploads(Path dir, Collection<String> siteUrls) {
        this.dir = dir == null ? null : dir.toAbsolutePath().normalize();
        for (String url : siteUrls) {
            String host = host(url);
            if (!host.isEmpty()) hosts.add(host);
        }
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The path inside the uploads folder a URL points at ("2014/06/map-300x200.jpg"), if it is an upload. */
    public Optional<String> uploadPath(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) return Optional.empty();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        int uploads = decoded.indexOf(UPLOADS_PATH);
        if (uploads >= 0) return Optional.of(decoded.substring(uploads + UPLOADS_PATH.length()));
        // WordPress.com serves uploads from <site>.files.wordpress.com/2014/06/…
        if (host.endsWith(".files.wordpress.com")) return Optional.of(decoded.substring(1)).filter(p -> !p.isEmpty());
        boolean local = uri.getHost() == null || hosts.contains(host) || hosts.contains(strip(host));
        if (local && DATED_DEEP.matcher(decoded).matches() && DATED.matcher(decoded).matches()) return Optional.of(decoded.substring(1));
        return Optional.empty();
    }

    /** The original of an upload: the file as named, else without WordPress's size suffix; never outside the folder. */
    public Optional<Path> original(String uploadPath) {
        if (dir == null) return Optional.empty();
        Path asNamed = dir.resolve(uploadPath).normalize();
        if (!asNamed.startsWith(dir)) return Optional.empty();
        Matcher sized = SIZE_SUFFIX.matcher(uploadPath);
        if (sized.matches()) {
            Path unsized = dir.resolve(sized.group(1) + sized.group(2)).normalize();
            if (unsized.startsWith(dir) && Files.isRegularFile(unsized)) return Optional.of(unsized);
        }
        return Files.isRegularFile(asNamed) ? Optional.of(asNamed) : Optional.empty();
    }

    public Path dir() {
        return dir;
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? "" : strip(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String strip(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
