package org.standfirst.render.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.awt.NullPlatformSupport;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG drawn into pixels with JSVG, for the PNG icons and favicon.ico of an SVG favicon. The SVG
 * must stand alone: a script, or a reference to anything outside the file, is refused before JSVG
 * sees it, since the build fetches nothing and the file is also served as it is from the site's own
 * host. Drawing needs no display (it paints into a BufferedImage), so it works headless.
 */
final class SvgRaster {
    /** JSVG reports what it cannot read through java.util.logging, with a stack trace; we report it ourselves. */
    private static final Logger JSVG_LOG = Logger.getLogger("com.github.weisj.jsvg");
    /** A CSS or attribute reference to something not inside the SVG: {@code url(x.png)}, not {@code url(#grad)}. */
    private static final Pattern OUTSIDE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#|data:)[^)\\s'\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import\\b", Pattern.CASE_INSENSITIVE);
    /** The largest side kept for a source's size: the cache's bound on a size in pixels. */
    private static final int MAX_SIDE = 1 << 16;

    static {
        JSVG_LOG.setLevel(Level.OFF);
    }

    private final SVGDocument document;

    private SvgRaster(SVGDocument document) {
        this.document = document;
    }

    /** Checks and parses an SVG file's bytes. */
    static SvgRaster read(byte[] bytes) throws ImageEncoder.Unreadable {
        standsAlone(bytes);
        LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL).build();
        SVGDocument document;
        try {
            // No base URI: nothing relative can be resolved, and the policy refuses anything absolute.
            document = new SVGLoader().load(new ByteArrayInputStream(bytes), null, context);
        } catch (RuntimeException e) {
            document = null;
        }
        if (document == null) throw new ImageEncoder.Unreadable("JSVG cannot read it as an SVG drawing");
        FloatSize size = document.size();
        if (!(size.width > 0) || !(size.height > 0)) {
            throw new ImageEncoder.Unreadable("it has no size (give the <svg> element a viewBox)");
        }
        return new SvgRaster(document);
    }

    /** The drawing's own size, rounded up to whole pixels: what the cache keeps as the source's size. */
    ImageEncoder.Size size() {
        FloatSize size = document.size();
        return new ImageEncoder.Size(side(size.width), side(size.height));
    }

    private static int side(float length) {
        return (int) Math.max(1, Math.min(MAX_SIDE, Math.ceil(length)));
    }

    /**
     * The drawing fitted into a transparent {@code width} × {@code height} image and centred, keeping
     * its proportions; antialiased.
     */
    BufferedImage draw(int width, int height) throws ImageEncoder.Unreadable {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            FloatSize size = document.size();
            float scale = Math.min(width / size.width, height / size.height);
            float w = size.width * scale;
            float h = size.height * scale;
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox((width - w) / 2, (height - h) / 2, w, h));
        } catch (RuntimeException e) {
            throw new ImageEncoder.Unreadable("JSVG cannot draw it (" + e + ")");
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Refuses an SVG that is not well-formed XML with an {@code <svg>} root, or that holds a script
     * or names anything outside itself (an image, stylesheet, font or another SVG by URL or path);
     * references within the file ({@code #id}), embedded {@code data:} URLs and links ({@code <a>})
     * are fine. A DOCTYPE is read but its DTD never fetched.
     */
    private static void standsAlone(byte[] bytes) throws ImageEncoder.Unreadable {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean root = true;
            boolean style = false;
            while (xml.hasNext()) {
                int start = xml.getLocation().getLineNumber(); // where the last event ended: this one's first line
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (root && !name.equals("svg")) throw refused("its root element is <" + name + ">, not <svg>");
                    root = false;
                    style = name.equals("style");
                    if (name.equalsIgnoreCase("script")) throw refused("line " + line + " of the SVG holds a <script>");
                    // A link (<a href>) is followed by a reader, never fetched by the build.
                    boolean link = name.equals("a");
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String attribute = xml.getAttributeLocalName(i);
                        String value = xml.getAttributeValue(i).trim();
                        if (attribute.toLowerCase(Locale.ROOT).startsWith("on")) {
                            throw refused("line " + line + " of the SVG holds a script (`" + attribute + "`)");
                        }
                        if (attribute.equals("href") && !link && !value.isEmpty() && !value.startsWith("#")
                                && !value.startsWith("data:") || OUTSIDE_URL.matcher(value).find()) {
                            throw outside(line, value);
                        }
                    }
                } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION && xml.getPITarget().equals("xml-stylesheet")) {
                    throw outside(line, xml.getPIData().trim());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    style = false;
                } else if (style && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    // A stylesheet's url(...) and @import name other files.
                    String text = xml.getText();
                    for (Pattern reference : List.of(OUTSIDE_URL, IMPORT)) {
                        Matcher found = reference.matcher(text);
                        if (found.find()) {
                            int at = start + (int) text.substring(0, found.start()).chars().filter(c -> c == '\n').count();
                            throw outside(at, text.substring(found.start()));
                        }
                    }
                }
            }
            if (root) throw refused("it has no <svg> element");
        } catch (XMLStreamException e) {
            String message = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw refused((line > 0 ? "line " + line + " of the SVG is not well-formed XML: " : "it is not well-formed XML: ")
                    + message.strip());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // Read from memory: nothing to release.
                }
            }
        }
    }

    private static ImageEncoder.Unreadable outside(int line, String reference) {
        // One line of the problem whatever the SVG's layout: its own line breaks become spaces.
        String flat = reference.strip().replaceAll("\\s+", " ");
        String shown = flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
        return refused("line " + line + " of the SVG refers to a file outside it (`" + shown + "`), which the build does not fetch");
    }

    private static ImageEncoder.Unreadable refused(String message) {
        return new ImageEncoder.Unreadable(message);
    }
}
