package org.standfirst.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Removes HTML debris and reshapes what flexmark's converter renders badly: layout wrappers, header cells
 * in body rows, figures (whose captions it glues to the image), nested tables and very deep nesting (which
 * make it slow, and which Markdown cannot express anyway).
 */
final class HtmlCleaner {
    /** Deeper than this, block structure is flattened into paragraphs of text. */
    static final int MAX_DEPTH = 12;
    /** Deeper than this, inline markup is dropped as well and only the text is kept. */
    static final int MAX_NESTING = 40;
    private static final Set<String> DEBRIS = Set.of("script", "style", "noscript", "template", "form", "button",
            "input", "select", "textarea", "link", "meta", "svg", "canvas", "map");
    private static final Set<String> WRAPPERS = Set.of("div", "span", "font", "section", "article", "header",
            "footer", "main", "center", "small", "big", "o|p", "picture", "aside", "details", "summary", "hgroup");
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "ul", "ol", "li", "table", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "dd", "dt", "hr", "section", "article", "aside");

    private HtmlCleaner() {
    }

    static void clean(Element root) {
        removeComments(root);
        root.select(String.join(", ", DEBRIS)).remove();
        for (Element img : root.select("img")) {
            img.removeAttr("srcset").removeAttr("sizes").removeAttr("class").removeAttr("style");
        }
        trimAfterLineBreaks(root);
        flattenNestedTables(root);
        fixHeaderCells(root);
        splitFigures(root);
        unwrapLayout(root);
        flattenDeep(root, 0);
        removeEmptyParagraphs(root);
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        root.forEachNode(node -> {
            if (node instanceof Comment) comments.add(node);
        });
        comments.forEach(Node::remove);
    }

    /** The newline after {@code <br />} (as WordPress writes it) would otherwise end the paragraph. */
    private static void trimAfterLineBreaks(Element root) {
        for (Element br : root.select("br")) {
            if (br.nextSibling() instanceof TextNode text) {
                String stripped = text.getWholeText().stripLeading();
                if (stripped.isEmpty()) text.remove();
                else text.text(stripped);
            }
        }
    }

    /** A table inside a table cell becomes lines of text in that cell: Markdown tables cannot nest. */
    private static void flattenNestedTables(Element root) {
        for (Element inner : root.select("td table, th table")) {
            if (inner.parent() == null) continue; // already flattened with an enclosing table
            List<String> rows = new ArrayList<>();
            for (Element row : inner.select("tr")) {
                String text = String.join(" · ", row.select("> td, > th").eachText().stream().filter(t -> !t.isBlank()).toList());
                if (!text.isBlank()) rows.add(text);
            }
            inner.replaceWith(new TextNode(String.join("; ", rows)));
        }
    }

    /**
     * Only the first row of a Markdown table is a header. {@code <th>} cells elsewhere (row headings) become
     * ordinary cells with bold text, and a table without a header row gets its first row promoted.
     */
    private static void fixHeaderCells(Element root) {
        for (Element table : root.select("table")) {
            Elements rows = table.select("tr");
            if (rows.isEmpty()) {
                table.remove();
                continue;
            }
            Element header = rows.first();
            for (Element row : rows) {
                if (row == header) continue;
                for (Element th : row.select("> th")) {
                    Element strong = new Element("strong");
                    strong.appendChildren(new ArrayList<>(th.childNodes()));
                    th.tagName("td").appendChild(strong);
                }
            }
            for (Element cell : header.select("> td")) cell.tagName("th");
            // A header row outside <thead> is read as a body row by the converter.
            if (header.parent() != null && !header.parent().tagName().equals("thead")) {
                Element thead = new Element("thead");
                table.prependChild(thead);
                thead.appendChild(header);
            }
            table.select("caption").forEach(caption -> table.before(new Element("p").appendChildren(new ArrayList<>(caption.childNodes()))));
            table.select("caption, colgroup, col").remove();
        }
    }

    /** {@code <figure><img><figcaption>} → the image in its own paragraph, then the caption as a paragraph. */
    private static void splitFigures(Element root) {
        for (Element figure : root.select("figure")) {
            for (Element caption : figure.select("figcaption")) {
                Element p = new Element("p");
                if (!caption.text().isBlank()) p.appendChild(new Element("em").appendChildren(new ArrayList<>(caption.childNodes())));
                caption.replaceWith(p);
            }
            for (Element img : figure.select("> img, > a:has(img)")) {
                img.wrap("<p></p>");
            }
            figure.unwrap();
        }
    }

    private static void unwrapLayout(Element root) {
        for (Element element : root.select(String.join(", ", WRAPPERS))) {
            if (element == root) continue;
            boolean block = !element.tagName().equals("span") && !element.tagName().equals("font")
                    && !element.tagName().equals("small") && !element.tagName().equals("big");
            if (block && element.parent() != null && element.select("> p, > ul, > ol, > table, > blockquote, > h1, > h2, > h3, > h4, > h5, > h6, > pre, > div, > figure").isEmpty()
                    && !element.text().isBlank() && !element.parent().tagName().equals("p")) {
                element.tagName("p"); // a div of text is a paragraph
            } else {
                element.unwrap();
            }
        }
    }

    /**
     * Past the limit, a subtree is replaced by paragraphs of its text (gathered by jsoup's iterative
     * traversal), so a pathological page can neither exhaust the stack nor slow the converter down.
     */
    private static void flattenDeep(Element element, int depth) {
        flattenDeep(element, depth, 0);
    }

    private static void flattenDeep(Element element, int depth, int nesting) {
        for (Element child : new ArrayList<>(element.children())) {
            boolean block = BLOCKS.contains(child.tagName());
            int childDepth = block ? depth + 1 : depth;
            if (childDepth > MAX_DEPTH || nesting > MAX_NESTING) {
                List<Element> paragraphs = new ArrayList<>();
                for (String line : blockTexts(child)) paragraphs.add(new Element("p").text(line));
                for (Element p : paragraphs) child.before(p);
                child.remove();
            } else {
                flattenDeep(child, childDepth, nesting + 1);
            }
        }
    }

    private static List<String> blockTexts(Element element) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        element.forEachNode(node -> {
            if (node instanceof TextNode text) current.append(text.text());
            else if (node instanceof Element e && BLOCKS.contains(e.tagName()) && !current.toString().isBlank()) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        });
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }

    private static void removeEmptyParagraphs(Element root) {
        for (Element p : root.select("p")) {
            if (p.text().isBlank() && p.select("img, iframe, embed, video, audio, object, br").isEmpty()) p.remove();
        }
    }
}
