package org.standfirst.importer.wxr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WXR export with StAX, one item at a time, so memory does not grow with the export. DOCTYPEs are
 * refused outright (no entity expansion, no external entities); the {@code wp:} namespace of every WXR
 * version is accepted, whatever prefix the file binds it to.
 */
public final class WxrReader {
    private static final Pattern WP_NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/\\d+\\.\\d+/?");
    private static final Pattern EXCERPT_NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/\\d+\\.\\d+/excerpt/?");
    private static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamReader xml;

    private WxrReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Reads the whole export, handing each item to {@code items} as it is read. */
    public static WxrChannel read(Path export, Consumer<WxrItem> items) throws WxrException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(export))) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return new WxrReader(xml).channel(items);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new WxrException(line, "the export is not well-formed XML (" + xmlMessage(e) + ")",
                    "export it again from WordPress (Tools › Export), or fix the XML at this line");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static String xmlMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int detail = message.indexOf("Message: ");
        return (detail >= 0 ? message.substring(detail + 9) : message).strip().replace('\n', ' ');
    }

    private WxrChannel channel(Consumer<WxrItem> items) throws XMLStreamException, WxrException {
        boolean sawRss = false;
        boolean sawChannel = false;
        String wxrVersion = "";
        String link = "";
        String baseBlogUrl = "";
        List<WxrAuthor> authors = new ArrayList<>();
        List<WxrTerm> terms = new ArrayList<>();
        int count = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new WxrException(line(), "the export declares a DOCTYPE, which WordPress exports never do",
                        "remove the <!DOCTYPE …> declaration: DTDs and external entities are refused for safety");
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            if (!sawRss) {
                if (!name.equals("rss")) {
                    throw new WxrException(line(), "the file is XML but not a WordPress export (it starts with <" + name + ">)",
                            "export the site from WordPress with Tools › Export; the file starts with <rss>");
                }
                sawRss = true;
                continue;
            }
            if (name.equals("channel") && plain()) {
                sawChannel = true;
                continue;
            }
            if (!sawChannel) continue;
            if (isWp()) {
                switch (name) {
                    case "wxr_version" -> wxrVersion = text();
                    case "base_blog_url" -> baseBlogUrl = text();
                    case "author" -> authors.add(author());
                    case "category" -> terms.add(declaredTerm("category"));
                    case "tag" -> terms.add(declaredTerm("post_tag"));
                    case "term" -> terms.add(declaredTerm(null));
                    default -> skip();
                }
            } else if (plain() && name.equals("link")) {
                link = text();
            } else if (plain() && name.equals("item")) {
                items.accept(item());
                count++;
            } else {
                skip();
            }
        }
        if (!sawChannel) {
            throw new WxrException(line(), "the export has no <channel>", "export the site again from WordPress (Tools › Export)");
        }
        if (wxrVersion.isEmpty() && count > 0 && baseBlogUrl.isEmpty()) {
            throw new WxrException(1, "the file is an RSS feed, not a WordPress export (no wp: elements)",
                    "export the site from WordPress with Tools › Export, not from its feed");
        }
        return new WxrChannel(wxrVersion, link, baseBlogUrl, authors, terms, count);
    }

    private WxrAuthor author() throws XMLStreamException {
        Map<String, String> fields = fields();
        return new WxrAuthor(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", ""),
                fields.getOrDefault("author_first_name", ""), fields.getOrDefault("author_last_name", ""),
                fields.getOrDefault("author_description", ""));
    }

    /** {@code <wp:category>}, {@code <wp:tag>} or {@code <wp:term>} (whose taxonomy is given inside). */
    private WxrTerm declaredTerm(String taxonomy) throws XMLStreamException {
        Map<String, String> fields = fields();
        String kind = taxonomy != null ? taxonomy : fields.getOrDefault("term_taxonomy", "");
        String slug = first(fields, "category_nicename", "tag_slug", "term_slug");
        String name = first(fields, "cat_name", "tag_name", "term_name");
        return new WxrTerm(kind, slug, name.isEmpty() ? slug : name);
    }

    private static String first(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = fields.getOrDefault(key, "");
            if (!value.isEmpty()) return value;
        }
        return "";
    }

    /** The text of each direct child element of the current element, by local name. */
    private Map<String, String> fields() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) fields.put(xml.getLocalName(), text());
            else if (event == XMLStreamConstants.END_ELEMENT) break;
        }
        return fields;
    }

    private WxrItem item() throws XMLStreamException {
        int start = line();
        Map<String, String> fields = new HashMap<>();
        Map<String, String> meta = new HashMap<>();
        List<WxrTerm> terms = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (ns.isEmpty() && name.equals("category")) {
                String domain = attribute("domain");
                String nicename = attribute("nicename");
                String label = text().strip();
                terms.add(new WxrTerm(domain.isEmpty() ? "category" : domain, nicename.isEmpty() ? label : nicename, label));
            } else if (isWp() && name.equals("postmeta")) {
                Map<String, String> pair = fields();
                meta.putIfAbsent(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
            } else if (isWp() && name.equals("comment")) {
                skip();
            } else if (ns.equals(CONTENT_NAMESPACE) && name.equals("encoded")) {
                fields.put("content", text());
            } else if (EXCERPT_NAMESPACE.matcher(ns).matches() && name.equals("encoded")) {
                fields.put("excerpt", text());
            } else if (ns.equals(DC_NAMESPACE) && name.equals("creator")) {
                fields.put("creator", text());
            } else if (ns.isEmpty() || isWp()) {
                fields.put(name, text());
            } else {
                skip();
            }
        }
        meta.remove("");
        return new WxrItem(start, number(fields.get("post_id")), get(fields, "post_type"), get(fields, "status"),
                get(fields, "title"), get(fields, "link"), get(fields, "guid"), get(fields, "creator"),
                get(fields, "content"), get(fields, "excerpt"), get(fields, "post_date"), get(fields, "post_date_gmt"),
                get(fields, "post_modified"), get(fields, "post_modified_gmt"), get(fields, "pubDate"),
                get(fields, "post_name"), number(fields.get("post_parent")), (int) number(fields.get("menu_order")),
                get(fields, "post_password"), get(fields, "attachment_url"), terms, meta);
    }

    private static String get(Map<String, String> fields, String key) {
        return fields.getOrDefault(key, "").strip();
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean isWp() {
        String ns = xml.getNamespaceURI();
        return ns != null && WP_NAMESPACE.matcher(ns).matches();
    }

    private boolean plain() {
        String ns = xml.getNamespaceURI();
        return ns == null || ns.isEmpty();
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    /** The text inside the current element; markup inside it (which WXR never has) is skipped. */
    private String text() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) out.append(xml.getText());
                }
                default -> {
                }
            }
        }
        return out.toString();
    }

    private void skip() throws XMLStreamException {
        text();
    }

    private int line() {
        return xml.getLocation() == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
    }
}
