package org.standfirst.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;

/**
 * Finds and reads the archive's files. Articles are every {@code *.md} outside {@code authors/},
 * {@code regions/} and {@code static/}; hidden files and folders are skipped; symbolic links that
 * lead out of the content folder are not followed.
 */
public final class ContentLoader {
    public static final String SITE_CONFIG = "site.yml";
    public static final String REDIRECTS = "redirects.csv";
    public static final String AUTHORS = "authors";
    public static final String REGIONS = "regions";
    public static final String STATIC = "static";

    private final Path root;
    /** The root's path and a separator: what a file's path under it starts with. */
    private final String rootPrefix;
    private final Problems problems;

    public ContentLoader(Path root, Problems problems) {
        this.root = root.toAbsolutePath().normalize();
        this.rootPrefix = this.root + this.root.getFileSystem().getSeparator();
        this.problems = problems;
    }

    /**
     * One file the build may read: its path, relative to the content folder, and its size and
     * modification time (of what a symbolic link leads to).
     */
    public record Listed(Path file, String path, long size, Instant modified) {
    }

    /**
     * The files of the content folder, in path order, as one walk found them, and what that walk
     * found wrong. The build's up-to-date check fingerprints this listing and the load reads from it,
     * so the folder is walked once per build.
     */
    public record Listing(boolean exists, List<Listed> files, List<Problem> problems) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Walks the content folder; what is wrong is kept in the listing, for {@link #load(Listing)} to report. */
    public Listing list() {
        if (!Files.isDirectory(root)) return new Listing(false, List.of(), List.of());
        Problems found = new Problems();
        List<Listed> files = new ArrayList<>();
        walk(files, found);
        return new Listing(true, files, found.sorted());
    }

    public LoadedContent load() {
        return load(list());
    }

    /** Reads what {@code listing} found in the content folder. */
    public LoadedContent load(Listing listing) {
        if (!listing.exists()) {
            problems.error(SourceLocation.file(root.toString()), "the content folder does not exist",
                    "create it, or pass the right folder with --content DIR");
            return new LoadedContent(root, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                    new TreeSet<>());
        }
        listing.problems().forEach(problems::add);
        TreeSet<String> files = new TreeSet<>();
        for (Listed listed : listing.files()) files.add(listed.path());

        Optional<SourceDocument> siteConfig = Optional.empty();
        Optional<SourceDocument> redirects = Optional.empty();
        List<LoadedContent.ArticleFile> articles = new ArrayList<>();
        List<SourceDocument> authors = new ArrayList<>();
        List<SourceDocument> regions = new ArrayList<>();
        List<LoadedContent.StaticFile> statics = new ArrayList<>();
        for (Listed listed : listing.files()) {
            Path file = listed.file();
            String path = listed.path();
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            if (path.equals(SITE_CONFIG)) {
                siteConfig = read(file, path).map(text ->
                        new SourceDocument(SourceLocation.file(path), file, text, 1, "", 0));
            } else if (path.equals(REDIRECTS)) {
                redirects = read(file, path).map(text ->
                        new SourceDocument(SourceLocation.file(path), file, text, 1, "", 0));
            } else if (top.equals(STATIC)) {
                statics.add(new LoadedContent.StaticFile(file, path.substring(STATIC.length() + 1)));
            } else if (path.endsWith(".md")) {
                if (!top.equals(AUTHORS) && !top.equals(REGIONS)) {
                    articles.add(new LoadedContent.ArticleFile(file, path, listed.size(), listed.modified()));
                    continue;
                }
                Optional<SourceDocument> document = document(file, path);
                if (document.isEmpty()) continue;
                if (top.equals(AUTHORS)) authors.add(document.get());
                else regions.add(document.get());
            }
        }
        return new LoadedContent(root, siteConfig, redirects, articles, authors, regions, statics, files);
    }

    /** Reads and splits one Markdown file, reporting what is wrong with it. */
    public Optional<SourceDocument> document(Path file, String path) {
        return read(file, path).flatMap(text -> FrontMatterSplitter.split(path, file, text, problems));
    }

    /**
     * The body of a file read earlier, read again for rendering. The file may have changed or gone
     * since (an editor saving while a build runs): that is an IOException for the renderer to report.
     */
    public static String body(Path file) throws IOException {
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.NotUtf8 e) {
            throw new IOException("the file is no longer valid UTF-8 (line " + e.line + ")");
        }
        Problems ignored = new Problems();
        return FrontMatterSplitter.split(file.getFileName().toString(), file, text, ignored)
                .map(SourceDocument::body)
                .orElseThrow(() -> new IOException("the file changed while the site was built"));
    }

    private void walk(List<Listed> listed, Problems found) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && isHidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) return FileVisitResult.CONTINUE;
                    BasicFileAttributes target = attrs;
                    if (attrs.isSymbolicLink()) {
                        if (!linkStaysInside(file, found)) return FileVisitResult.CONTINUE;
                        try {
                            target = Files.readAttributes(file, BasicFileAttributes.class);
                        } catch (IOException e) {
                            return visitFileFailed(file, e);
                        }
                    }
                    if (target.isRegularFile()) {
                        listed.add(new Listed(file, relative(file), target.size(), target.lastModifiedTime().toInstant()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.error(SourceLocation.file(relative(file)), "cannot read: " + e.getMessage(),
                            "check the file's permissions");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.error(SourceLocation.file(root.toString()), "cannot read the content folder: " + e.getMessage(),
                    "check the folder's permissions");
        }
        // By relative path as text, which is cheaper than comparing Paths: any fixed order will do.
        listed.sort(Comparator.comparing(Listed::path));
    }

    private boolean linkStaysInside(Path link, Problems found) {
        try {
            Path target = link.toRealPath();
            if (target.startsWith(root.toRealPath()) && !Files.isDirectory(target)) return true;
            found.warning(SourceLocation.file(relative(link)),
                    "symbolic link to " + target + " is not followed",
                    "copy the file into the content folder instead");
        } catch (IOException e) {
            found.warning(SourceLocation.file(relative(link)), "broken symbolic link is ignored",
                    "remove it or point it at a file inside the content folder");
        }
        return false;
    }

    private static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".");
    }

    private Optional<String> read(Path file, String path) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(TextDecoder.decode(bytes));
        } catch (TextDecoder.NotUtf8 e) {
            problems.error(new SourceLocation(path, e.line), "the file is not valid UTF-8",
                    "re-save it as UTF-8 (in most editors: Save with Encoding → UTF-8)");
        } catch (IOException e) {
            problems.error(SourceLocation.file(path), "cannot read: " + e.getMessage(), "check the file's permissions");
        }
        return Optional.empty();
    }

    private String relative(Path file) {
        // The walk gives each file as the root's path and a name below it: cut the root off as text
        // (once for every file, in every build) unless the file's path is not plainly of that form.
        String path = file.toString();
        if (file.isAbsolute() && path.startsWith(rootPrefix) && !path.contains("/.") && !path.contains("\\.")) {
            return path.substring(rootPrefix.length()).replace('\\', '/');
        }
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
