package org.standfirst.importer;

import com.vladsch.flexmark.html2md.converter.CustomHtmlNodeRenderer;
import com.vladsch.flexmark.html2md.converter.HtmlMarkdownWriter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeConverterContext;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRenderer;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Embedded players (video, maps, audio, documents) cannot live in Markdown, and the converter drops them
 * without a trace; this writes each as a paragraph with a link to what was embedded, named by its title.
 */
final class EmbedRenderer implements HtmlNodeRenderer {
    EmbedRenderer(DataHolder options) {
    }

    @Override
    public Set<HtmlNodeRendererHandler<?>> getHtmlNodeRendererHandlers() {
        return Set.of(handler("iframe"), handler("embed"), handler("video"), handler("audio"), handler("object"));
    }

    private static HtmlNodeRendererHandler<Element> handler(String tag) {
        return new HtmlNodeRendererHandler<>(tag, Element.class, new Adapter());
    }

    /** flexmark compares handlers by adapter identity, so each tag needs an adapter object of its own. */
    private static final class Adapter implements CustomHtmlNodeRenderer<Element> {
        @Override
        public void render(Element node, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
            EmbedRenderer.render(node, out);
        }
    }

    private static void render(Element embed, HtmlMarkdownWriter out) {
        String url = Embeds.url(embed);
        if (url.isEmpty()) return;
        out.blankLine();
        out.append('[').append(Embeds.escape(Embeds.title(embed, url))).append("](").append(Embeds.destination(url)).append(')');
        out.blankLine();
    }
}
