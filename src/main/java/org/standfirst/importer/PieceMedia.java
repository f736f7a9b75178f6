package org.standfirst.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The uploads one piece uses: each is copied into the piece's own folder under its original file name
 * (made unique within the folder), and the piece links to the copy. Missing files are remembered for the
 * report; their links are left pointing at the old site.
 */
public final class PieceMedia {
    private final Uploads uploads;
    private final Map<String, Path> files = new TreeMap<>();
    private final Map<Path, String> names = new HashMap<>();
    private final List<String> missing = new ArrayList<>();
    private int uploadLinks;

    public PieceMedia(Uploads uploads) {
        this.uploads = uploads;
    }

    /** The file name in the piece's folder for an upload URL, or empty when it is not a (present) upload. */
    public Optional<String> local(String url) {
        Optional<String> path = uploads.uploadPath(url);
        if (path.isEmpty()) return Optional.empty();
        uploadLinks++;
        if (!uploads.enabled()) return Optional.empty();
        Optional<Path> original = uploads.original(path.get());
        if (original.isEmpty()) {
            if (!missing.contains(url)) missing.add(url);
            return Optional.empty();
        }
        return Optional.of(names.computeIfAbsent(original.get(), this::uniqueName));
    }

    private String uniqueName(Path source) {
        String name = source.getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        if (name.equals("index.md") || name.startsWith(".")) name = "file-" + name.replace(".", "");
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; files.containsKey(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        files.put(candidate, source);
        return candidate;
    }

    /** Points images and links at the copies; call before converting the body. */
    public void rewrite(Element root) {
        for (Element img : root.select("img[src]")) local(img.attr("src")).ifPresent(name -> img.attr("src", name));
        for (Element source : root.select("source[src]")) local(source.attr("src")).ifPresent(name -> source.attr("src", name));
        for (Element a : root.select("a[href]")) local(a.attr("href")).ifPresent(name -> a.attr("href", name));
    }

    /** File name in the piece's folder → the original in the uploads folder, sorted by name. */
    public Map<String, Path> files() {
        return files;
    }

    public List<String> missing() {
        return missing;
    }

    /** How many links pointed at uploads (copied or not). */
    public int uploadLinks() {
        return uploadLinks;
    }
}
