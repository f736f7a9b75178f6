package org.standfirst.render;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.Region;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.Topic;

/**
 * Atom 1.0 feeds, written with the JDK's XML writer so every value is escaped for XML whatever
 * it holds. Dates come from content (never the build time), so the same archive gives the same feed.
 */
final class AtomFeed {
    static final int ENTRIES = 20;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final SiteConfig config;
    private final IntFunction<String> bodyOf;

    /** @param bodyOf the rendered body of a piece, by index, its links already absolute ({@link #absoluteLinks}) */
    AtomFeed(SiteConfig config, IntFunction<String> bodyOf) {
        this.config = config;
        this.bodyOf = bodyOf;
    }

    /**
     * @param path the feed's own site path; {@code pagePath} the page it belongs to
     * @param pieces newest first; the first {@link #ENTRIES} are included
     */
    String write(String title, String path, String pagePath, List<Piece> pieces) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            if (!config.language().isEmpty()) xml.writeAttribute("xml:lang", config.language());
            element(xml, 1, "title", title);
            if (!config.tagline().isEmpty()) element(xml, 1, "subtitle", config.tagline());
            link(xml, 1, "alternate", absolute(pagePath), "text/html");
            link(xml, 1, "self", absolute(path), "application/atom+xml");
            element(xml, 1, "id", absolute(pagePath));
            List<Piece> entries = pieces.subList(0, Math.min(ENTRIES, pieces.size()));
            element(xml, 1, "updated", entries.stream().map(AtomFeed::updated).max(String::compareTo)
                    .orElse("1970-01-01T00:00:00Z"));
            indent(xml, 1);
            xml.writeStartElement("author");
            element(xml, 2, "name", config.organisation().name().isEmpty() ? config.title() : config.organisation().name());
            if (!config.organisation().url().isEmpty()) element(xml, 2, "uri", config.organisation().url());
            indent(xml, 1);
            xml.writeEndElement();
            for (Piece piece : entries) entry(xml, piece);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + path, e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, Piece piece) throws XMLStreamException {
        Article article = piece.article();
        String url = absolute(piece.path());
        indent(xml, 1);
        xml.writeStartElement("entry");
        element(xml, 2, "title", article.title());
        link(xml, 2, "alternate", url, "text/html");
        element(xml, 2, "id", url);
        element(xml, 2, "published", instant(article.date(), article.time()));
        element(xml, 2, "updated", updated(piece));
        for (Author author : piece.authors()) {
            indent(xml, 2);
            xml.writeStartElement("author");
            element(xml, 3, "name", author.name());
            element(xml, 3, "uri", absolute(SitePaths.author(author.id())));
            indent(xml, 2);
            xml.writeEndElement();
        }
        category(xml, piece.typeId(), piece.type(), SitePaths.type(piece.typeId()));
        for (Region region : piece.regions()) category(xml, region.id(), region.name(), SitePaths.region(region.id()));
        for (Topic topic : piece.topics()) category(xml, topic.id(), topic.name(), SitePaths.topic(topic.id()));
        if (!article.summary().isEmpty()) element(xml, 2, "summary", article.summary());
        indent(xml, 2);
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(bodyOf.apply(piece.index()));
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    private void category(XMLStreamWriter xml, String term, String label, String path) throws XMLStreamException {
        indent(xml, 2);
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("label", label);
        xml.writeAttribute("scheme", absolute(path));
    }

    /** Feed readers resolve links against the feed, not the page, so links in bodies become absolute. */
    static String absoluteLinks(String html, String pageUrl) {
        Document body = Jsoup.parseBodyFragment(html, pageUrl);
        for (Element element : body.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            // Fragments too (endnotes): a reader resolves "#fn-1" against the feed, not the page.
            String absolute = element.absUrl(attribute);
            if (!absolute.isEmpty()) element.attr(attribute, absolute);
        }
        // Every entry's endnotes have the same ids; in one feed they would clash. Links now lead to
        // the page's own ids, so the feed needs none.
        for (Element element : body.select("[id]")) element.removeAttr("id");
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }

    private String absolute(String sitePath) {
        return config.baseUrl() + LinkFilter.encode(sitePath);
    }

    static String updated(Piece piece) {
        Article article = piece.article();
        return article.updated() != null && article.updated().isAfter(article.date())
                ? instant(article.updated(), null) : instant(article.date(), article.time());
    }

    /** RFC 3339 as Atom wants it; a bare date is midnight UTC. */
    static String instant(LocalDate date, OffsetDateTime time) {
        OffsetDateTime moment = time != null ? time : date.atStartOfDay().atOffset(ZoneOffset.UTC);
        return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String rel, String href, String type) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
