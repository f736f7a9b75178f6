package org.standfirst.render.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.standfirst.Digests;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;
import org.standfirst.render.PageSink;

/**
 * Makes the derivatives of every raster image the site shows (and the PNG icons of an SVG favicon,
 * drawn by {@link SvgRaster}), once per build and before any page
 * renders (a page kept from the last build still needs its images in the output). A derivative
 * kept in the {@link ImageMemo} is not encoded again; every derivative is handed to the sink, which
 * leaves an unchanged file as it is. A source that cannot be read is a problem at the line that
 * names it.
 */
public final class SiteImages {
    /** The widths of the scaled copies, in CSS pixels × density: phones, tablets and desktops at 2×. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    /** The widths of photos and body images' small copies: portraits are shown small. */
    public static final List<Integer> SMALL_WIDTHS = List.of(160, 320);
    /** A lead image's copy for thumbnails in listings (10rem at 2×): half the bytes of the 480 copy. */
    public static final int THUMBNAIL_WIDTH = 320;
    /** The share card's size: what Facebook, LinkedIn and X show without cropping. */
    public static final int SHARE_WIDTH = 1200;
    public static final int SHARE_HEIGHT = 630;
    /** Where the derivatives go, under the site root. */
    public static final String FOLDER = "resized/";
    public static final String FAVICON_ICO = "favicon.ico";
    /**
     * The crops for JSON-LD: ratio and largest width. Google asks for 16:9, 4:3 and 1:1 images of at
     * least 50,000 pixels, and 1200 px wide for large previews; only the 16:9 one needs that width.
     */
    private static final int[][] CROPS = {{1, 1, 720}, {4, 3, 960}, {16, 9, SHARE_WIDTH}};
    private static final int[] ICONS = {32, 180};

    static {
        // Images are drawn in memory only. Without this, a DISPLAY naming no reachable X server (a
        // closed SSH session's) makes AWT fail the build; set the property yourself to choose.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** What an image is shown as, which decides the derivatives it needs. */
    public enum Use {
        /** A lead image: scaled copies, a share card and crops for JSON-LD. */
        LEAD,
        /** An author's photo, a raster logo, a body image: scaled copies, small ones too. */
        SCALED,
        /** The site's share image: a share card. */
        SHARE,
        /** The favicon: square icons and favicon.ico. */
        ICON
    }

    /**
     * An image some file of the content names.
     *
     * @param sitePath the image's site path, without the leading '/'
     * @param file the image file
     * @param namedIn the file that names it (a piece, a profile, site.yml), or null
     * @param at that file (or the image itself) as messages name it
     * @param key the key that names it in that file, for the line of a problem, or ""
     */
    public record Request(String sitePath, Path file, Path namedIn, SourceLocation at, String key, Use use) {
    }

    private final ImageMemo memo;
    private final Problems problems;
    private final Map<String, ImageSet> sets = new ConcurrentHashMap<>();
    private final AtomicInteger encoded = new AtomicInteger();
    private Set<String> provided = Set.of();

    public SiteImages(ImageMemo memo, Problems problems) {
        this.memo = memo;
        this.problems = problems;
    }

    /** Whether a file is one this class makes derivatives of: JPEG, PNG, GIF (not SVG, which scales itself). */
    public static boolean isRaster(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".gif");
    }

    /** Whether a site path names an SVG file. */
    public static boolean isSvg(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /**
     * Whether a file can serve {@code use}: any raster file, and an SVG as a favicon, which is drawn
     * into the PNG icons and favicon.ico that browsers without SVG icons (and home screens) ask for.
     */
    public static boolean serves(String path, Use use) {
        return isRaster(path) || use == Use.ICON && isSvg(path);
    }

    /** Makes every requested image's derivatives (on several threads) and hands them to {@code sink}. */
    public void make(List<Request> requests, PageSink sink) {
        make(requests, sink, Set.of());
    }

    /** As {@link #make(List, PageSink)}; {@code provided} are site paths of the content's own files, never written over. */
    public void make(List<Request> requests, PageSink sink, Set<String> provided) {
        this.provided = provided;
        Map<String, List<Request>> bySource = new TreeMap<>();
        for (Request request : requests) bySource.computeIfAbsent(request.sitePath(), p -> new ArrayList<>()).add(request);
        bySource.values().parallelStream().forEach(named -> {
            EnumSet<Use> uses = EnumSet.noneOf(Use.class);
            named.forEach(request -> uses.add(request.use()));
            Request first = named.get(0);
            try {
                sets.put(first.sitePath(), make(first, uses, sink));
            } catch (ImageEncoder.Unreadable e) {
                if (isSvg(first.sitePath())) {
                    problems.error(first.at().atLine(lineOf(first.namedIn(), first.key())),
                            "the SVG `" + first.sitePath() + "` cannot be drawn into icons: " + e.getMessage(),
                            "save it as a plain SVG drawing, without scripts or links to other files (embed an image as "
                                    + "a data: URL), or point `" + first.key() + "` at a square PNG file");
                    return;
                }
                if (first.key().isEmpty()) {
                    // A file no front matter names may be shown nowhere: copied as it is, with a warning.
                    problems.warning(first.at(), "the image `" + first.sitePath() + "` gets no scaled copies: " + e.getMessage(),
                            "save it again as a JPEG or PNG file (RGB colours) if a page shows it");
                    return;
                }
                problems.error(first.at().atLine(lineOf(first.namedIn(), first.key())),
                        "the image `" + first.sitePath() + "` cannot be used: " + e.getMessage(),
                        "save it again as a JPEG or PNG file (RGB colours), or point `" + first.key() + "` at another file");
            } catch (IOException e) {
                problems.error(first.at().atLine(lineOf(first.namedIn(), first.key())),
                        "cannot read the image `" + first.sitePath() + "`: " + e.getMessage(), "check the file's permissions");
            }
        });
    }

    /** The derivatives of the image at {@code sitePath} (without the leading '/'), or null when it has none. */
    public ImageSet get(String sitePath) {
        return sets.get(sitePath);
    }

    /** How many derivatives this build encoded; the rest came from the memo. */
    public int encoded() {
        return encoded.get();
    }

    /**
     * What pages show of the image at {@code sitePath}: its derivatives' paths and sizes, as a text for
     * page keys; "" when it has none.
     */
    public String shown(String sitePath) {
        ImageSet set = sitePath == null ? null : sets.get(sitePath);
        if (set == null) return "";
        StringBuilder out = new StringBuilder(256).append(set.source()).append('\n');
        List<ImageSet.Variant> variants = new ArrayList<>(set.widths());
        if (set.share() != null) variants.add(set.share());
        variants.addAll(set.crops());
        variants.addAll(set.icons());
        for (ImageSet.Variant v : variants) out.append(v.sitePath()).append(' ').append(v.width()).append('x').append(v.height()).append('\n');
        return out.toString();
    }

    /** Called once the site rendered without errors. */
    public void finish() {
        memo.finish();
    }

    private ImageSet make(Request request, Set<Use> uses, PageSink sink) throws IOException, ImageEncoder.Unreadable {
        // Stamped before reading, so an edit made while it is read gives the next build a new stamp.
        BasicFileAttributes stamp = Files.readAttributes(request.file(), BasicFileAttributes.class);
        Instant modified = stamp.lastModifiedTime().toInstant();
        Optional<ImageMemo.Source> known = memo.recallSource(request.file(), stamp.size(), modified);
        boolean svg = isSvg(request.sitePath());
        byte[] bytes = null;
        SvgRaster drawing = null;
        ImageMemo.Source source;
        if (known.isPresent()) {
            source = known.get();
        } else {
            bytes = Files.readAllBytes(request.file());
            ImageEncoder.Size read;
            if (svg) {
                drawing = SvgRaster.read(bytes);
                read = drawing.size();
            } else {
                read = ImageEncoder.size(bytes);
            }
            source = new ImageMemo.Source(HexFormat.of().formatHex(Digests.sha256().digest(bytes)), read.width(), read.height());
            memo.rememberSource(request.file(), stamp.size(), modified, source);
        }
        String digest = source.digest();
        ImageEncoder.Size size = new ImageEncoder.Size(source.width(), source.height());
        String format = outputFormat(request.sitePath());
        Derivatives made = new Derivatives(request.sitePath(), request.file(), bytes, size, digest, sink, drawing);
        List<ImageSet.Variant> widths = new ArrayList<>();
        if (uses.contains(Use.LEAD) || uses.contains(Use.SCALED)) {
            List<Integer> targets = new ArrayList<>(WIDTHS);
            if (uses.contains(Use.SCALED)) targets.addAll(0, SMALL_WIDTHS);
            else targets.add(0, THUMBNAIL_WIDTH);
            // Widest first: each narrower copy is scaled from the one before, not from the source.
            List<Integer> widest = new ArrayList<>(widths(size.width(), targets));
            Collections.reverse(widest);
            for (int width : widest) {
                widths.add(0, made.variant(new Derivative(width, 0, format, quality(format))));
            }
        }
        Derivative shareCard = uses.contains(Use.LEAD) || uses.contains(Use.SHARE) ? crop(size, SHARE_WIDTH, SHARE_WIDTH, SHARE_HEIGHT) : null;
        List<Derivative> cropped = new ArrayList<>();
        if (uses.contains(Use.LEAD)) for (int[] ratio : CROPS) cropped.add(crop(size, ratio[2], ratio[0], ratio[1]));
        // Largest first, so that a smaller crop is cut from a larger one that holds it (the share card
        // from the 16:9 crop, the 1:1 from the 4:3) with little or no scaling.
        List<Derivative> largestFirst = new ArrayList<>(cropped);
        if (shareCard != null) largestFirst.add(shareCard);
        largestFirst.sort(Comparator.comparingLong((Derivative d) -> (long) d.width() * d.height()).reversed()
                .thenComparing(Derivative::suffix));
        Map<Derivative, ImageSet.Variant> cut = new HashMap<>();
        for (Derivative derivative : largestFirst) cut.put(derivative, made.variant(derivative));
        ImageSet.Variant share = shareCard == null ? null : cut.get(shareCard);
        List<ImageSet.Variant> crops = new ArrayList<>();
        for (Derivative derivative : cropped) crops.add(cut.get(derivative));
        List<ImageSet.Variant> icons = new ArrayList<>();
        if (uses.contains(Use.ICON)) {
            for (int icon : ICONS) {
                // A drawing is sharp at any size; a raster icon is never enlarged.
                int side = svg ? icon : Math.min(icon, Math.min(size.width(), size.height()));
                icons.add(made.variant(new Derivative(side, side, "png", 0)));
            }
            ImageMemo.Encoded smallest = made.encoded(icons.get(0));
            if (!provided.contains(FAVICON_ICO)) sink.file(FAVICON_ICO, ImageEncoder.ico(smallest));
        }
        return new ImageSet(request.sitePath(), widths, share, crops, icons);
    }

    /** The widths below the source's, and the source's own (at most the largest): never enlarged. */
    static List<Integer> widths(int sourceWidth, List<Integer> targets) {
        List<Integer> out = new ArrayList<>();
        for (int width : targets) if (width < sourceWidth) out.add(width);
        if (sourceWidth <= targets.get(targets.size() - 1)) out.add(sourceWidth);
        return out;
    }

    /** The largest crop of ratio {@code rw:rh} at most {@code maxWidth} wide that needs no enlarging. */
    static Derivative crop(ImageEncoder.Size size, int maxWidth, int rw, int rh) {
        int width = (int) Math.min(size.width(), (long) size.height() * rw / rh);
        width = Math.max(1, Math.min(width, maxWidth));
        int height = Math.max(1, (int) Math.round((double) width * rh / rw));
        return new Derivative(width, height, "jpg", Derivative.JPEG_QUALITY);
    }

    /** Photographs stay JPEG; PNG and GIF (drawings, charts, transparency) become PNG. */
    private static String outputFormat(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "jpg" : "png";
    }

    private static int quality(String format) {
        return format.equals("jpg") ? Derivative.JPEG_QUALITY : 0;
    }

    /** The derivatives of one source: recalled, or encoded from the source decoded once. */
    private final class Derivatives {
        private final String sitePath;
        private final Path file;
        /** The source's bytes, read only when a derivative must be encoded and its stamp spared reading them. */
        private byte[] source;
        private final String digest;
        private final PageSink sink;
        private final Map<String, ImageMemo.Encoded> made = new TreeMap<>();
        /** The copies and crops made so far (not recalled ones), smallest first: smaller inputs than the source. */
        private final List<Made> scaled = new ArrayList<>();
        private final ImageEncoder.Size size;
        private BufferedImage decoded;
        /** Whether the source is an SVG, drawn at each derivative's size rather than decoded and scaled. */
        private final boolean svg;
        private SvgRaster drawing;

        /** @param drawing an SVG source already parsed, or null */
        Derivatives(String sitePath, Path file, byte[] source, ImageEncoder.Size size, String digest, PageSink sink,
                    SvgRaster drawing) {
            this.sitePath = sitePath;
            this.file = file;
            this.size = size;
            this.source = source;
            this.digest = digest;
            this.sink = sink;
            this.svg = isSvg(sitePath);
            this.drawing = drawing;
        }

        ImageSet.Variant variant(Derivative derivative) throws IOException, ImageEncoder.Unreadable {
            Optional<ImageMemo.Encoded> kept = memo.recall(digest, derivative);
            ImageMemo.Encoded encoded;
            if (kept.isPresent()) {
                encoded = kept.get();
            } else {
                BufferedImage image = ImageEncoder.scale(input(derivative), derivative);
                scaled.add(new Made(image, region(derivative)));
                scaled.sort(Comparator.comparingLong(Made::pixels));
                encoded = ImageEncoder.write(image, derivative);
                SiteImages.this.encoded.incrementAndGet();
                memo.remember(digest, derivative, encoded);
            }
            String path = path(derivative);
            sink.file(path, encoded.bytes());
            made.put(path, encoded);
            return new ImageSet.Variant(path, encoded.width(), encoded.height());
        }

        /**
         * The smallest image at hand that {@code derivative} can be cut from without enlarging: a
         * copy or crop made before it that holds all of its part of the source at enough pixels,
         * else the source, decoded once.
         */
        private BufferedImage input(Derivative derivative) throws IOException, ImageEncoder.Unreadable {
            if (svg) {
                if (drawing == null) {
                    if (source == null) source = Files.readAllBytes(file);
                    drawing = SvgRaster.read(source);
                }
                return drawing.draw(derivative.width(), derivative.cropped() ? derivative.height()
                        : (int) Math.max(1, Math.round((double) derivative.width() * size.height() / size.width())));
            }
            double[] wanted = region(derivative);
            for (Made made : scaled) if (made.holds(wanted) && covers(made.image(), derivative)) return made.image();
            if (decoded == null) {
                if (source == null) source = Files.readAllBytes(file);
                decoded = ImageEncoder.decode(source);
            }
            return decoded;
        }

        /**
         * The part of the source a derivative shows, as width and height in source pixels around
         * its centre: all of it, or the largest centred part of the crop's ratio.
         */
        private double[] region(Derivative derivative) {
            if (!derivative.cropped()) return new double[] {size.width(), size.height()};
            double ratio = (double) derivative.width() / derivative.height();
            double width = Math.min(size.width(), size.height() * ratio);
            return new double[] {width, width / ratio};
        }

        private static boolean covers(BufferedImage image, Derivative derivative) {
            if (!derivative.cropped()) return image.getWidth() >= derivative.width();
            double ratio = (double) derivative.width() / derivative.height();
            double width = Math.min(image.getWidth(), image.getHeight() * ratio);
            return width >= derivative.width() && width / ratio >= derivative.height();
        }

        ImageMemo.Encoded encoded(ImageSet.Variant variant) {
            return made.get(variant.sitePath());
        }

        private String path(Derivative derivative) {
            // chart.png → chart-480.png, but chart.jpeg → chart.jpeg-480.jpg: two sources never share a name.
            String ending = "." + derivative.format();
            boolean same = sitePath.toLowerCase(Locale.ROOT).endsWith(ending);
            String stem = same ? sitePath.substring(0, sitePath.length() - ending.length()) : sitePath;
            return FOLDER + stem + derivative.suffix();
        }
    }

    /**
     * An image made for a derivative, with the part of the source it shows (see {@code region}). A
     * derivative can be cut from it when its own part lies within: the centred crop of a centred
     * crop is then the same part of the source. An uncropped derivative shows all of the source, so
     * it is made from a scaled copy (or a crop that happens to show all of it) or the source.
     */
    private record Made(BufferedImage image, double[] region) {
        long pixels() {
            return (long) image.getWidth() * image.getHeight();
        }

        boolean holds(double[] wanted) {
            // A pixel's tolerance: regions computed for the same source in floating point.
            return wanted[0] <= region[0] + 1e-6 && wanted[1] <= region[1] + 1e-6;
        }
    }

    /** The line of {@code key:} in the front matter or YAML file, for a problem; 0 when not found. */
    static int lineOf(Path file, String key) {
        if (file == null || key.isEmpty()) return 0;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key + ":")) return i + 1;
        } catch (IOException | UncheckedIOException e) {
            // The file is gone or unreadable; the problem names the file alone.
        }
        return 0;
    }
}
