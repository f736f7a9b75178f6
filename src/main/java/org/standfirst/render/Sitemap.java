package org.standfirst.render;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.standfirst.assemble.SitePaths;

/**
 * sitemap.xml with a {@code lastmod} from content for every page; past 50,000 URLs the protocol's
 * limit, {@code sitemap.xml} becomes an index of {@code sitemap-N.xml} files.
 */
public final class Sitemap {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** A page and the date its content last changed (YYYY-MM-DD). */
    public record Url(String sitePath, String lastmod) {
    }

    /** A file of the sitemap: its site path and text. */
    record File(String sitePath, String xml) {
    }

    private Sitemap() {
    }

    /** The site paths of the files {@link #files} makes for this many URLs. */
    static List<String> paths(int urls) {
        if (urls <= SitePaths.SITEMAP_LIMIT) return List.of(SitePaths.SITEMAP);
        List<String> paths = new ArrayList<>();
        paths.add(SitePaths.SITEMAP);
        for (int from = 0, n = 1; from < urls; from += SitePaths.SITEMAP_LIMIT, n++) paths.add(SitePaths.sitemapPart(n));
        return paths;
    }

    /** The sitemap's files, named as {@link #paths} names them: one, or an index and its parts. */
    static List<File> files(String baseUrl, List<Url> urls) {
        List<String> paths = paths(urls.size());
        if (paths.size() == 1) return List.of(new File(paths.get(0), urlset(baseUrl, urls)));
        List<File> parts = new ArrayList<>();
        for (int n = 1; n < paths.size(); n++) {
            int from = (n - 1) * SitePaths.SITEMAP_LIMIT;
            List<Url> part = urls.subList(from, Math.min(urls.size(), from + SitePaths.SITEMAP_LIMIT));
            parts.add(new File(paths.get(n), urlset(baseUrl, part)));
        }
        List<File> out = new ArrayList<>();
        out.add(new File(paths.get(0), index(baseUrl, parts)));
        out.addAll(parts);
        return out;
    }

    private static String urlset(String baseUrl, List<Url> urls) {
        return write("urlset", xml -> {
            for (Url url : urls) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl + LinkFilter.encode(url.sitePath()));
                if (!url.lastmod().isEmpty()) element(xml, "lastmod", url.lastmod());
                xml.writeEndElement();
            }
        });
    }

    private static String index(String baseUrl, List<File> parts) {
        return write("sitemapindex", xml -> {
            for (File part : parts) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("sitemap");
                element(xml, "loc", baseUrl + part.sitePath());
                xml.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters(" ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
