package org.standfirst.render.cite;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standfirst.model.SiteConfig;

/**
 * References in the two styles think tanks are cited in: Chicago author-date (17th edition) and
 * APA (7th edition), for web articles and reports.
 */
public final class Citations {
    /** Chicago lists up to ten authors; beyond, the first seven and "et al.". */
    static final int CHICAGO_ALL_UP_TO = 10;
    static final int CHICAGO_SHOWN = 7;
    /** APA lists up to twenty; beyond, the first nineteen, an ellipsis and the last. */
    static final int APA_ALL_UP_TO = 20;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

    private Citations() {
    }

    public static FormattedCitation format(CitationInput in, SiteConfig.CitationStyle style) {
        return style == SiteConfig.CitationStyle.APA ? apa(in) : chicago(in);
    }

    /**
     * {@code Haddad, Amira, and Laurence Okafor. 2015. "Title." Publisher, July 21, 2015. URL.}
     * Reports: {@code Haddad, Amira. 2015. *Title*. Report. Publisher. URL.}
     */
    static FormattedCitation chicago(CitationInput in) {
        Parts out = new Parts();
        List<PersonName> names = in.authors().stream().map(PersonName::of).toList();
        String year = String.valueOf(in.date().getYear());
        if (names.isEmpty()) {
            title(out, in, true);
            out.text(" " + year + ".");
        } else {
            out.text(sentence(chicagoNames(names)) + " " + year + ". ");
            title(out, in, true);
        }
        if (in.report()) {
            out.text(" " + sentence(in.type()));
            if (!in.publisher().isEmpty()) out.text(" " + sentence(in.publisher()));
        } else {
            String published = LONG.format(in.date());
            out.text(" " + (in.publisher().isEmpty() ? published : in.publisher() + ", " + published) + ".");
        }
        url(out, in);
        return out.build();
    }

    private static String chicagoNames(List<PersonName> names) {
        if (names.size() > CHICAGO_ALL_UP_TO) {
            List<String> shown = new ArrayList<>();
            shown.add(names.get(0).inverted());
            for (int i = 1; i < CHICAGO_SHOWN; i++) shown.add(names.get(i).natural());
            return String.join(", ", shown) + ", et al";
        }
        List<String> written = new ArrayList<>();
        written.add(names.get(0).inverted());
        for (int i = 1; i < names.size(); i++) written.add(names.get(i).natural());
        if (written.size() == 1) return written.get(0);
        if (written.size() == 2) return written.get(0) + ", and " + written.get(1);
        return String.join(", ", written.subList(0, written.size() - 1)) + ", and " + written.get(written.size() - 1);
    }

    /**
     * {@code Haddad, A., & Okafor, L. (2015, July 21). *Title* [Report]. Publisher. URL}
     */
    static FormattedCitation apa(CitationInput in) {
        Parts out = new Parts();
        List<PersonName> names = in.authors().stream().map(PersonName::of).toList();
        String date = "(" + APA_DATE.format(in.date()) + ").";
        if (names.isEmpty()) {
            out.italic(in.title());
            if (in.report()) out.text(" [" + in.type() + "]");
            out.text(endsSentence(in.title()) && !in.report() ? " " : ". ");
            out.text(date);
        } else {
            out.text(apaNames(names) + " " + date + " ");
            out.italic(in.title());
            if (in.report()) out.text(" [" + in.type() + "].");
            else if (!endsSentence(in.title())) out.text(".");
        }
        if (!in.publisher().isEmpty()) out.text(" " + sentence(in.publisher()));
        if (!in.url().isEmpty()) {
            out.text(" ");
            out.link(in.url());
        }
        return out.build();
    }

    private static String apaNames(List<PersonName> names) {
        List<String> written = names.stream().map(PersonName::apa).toList();
        if (written.size() == 1) return sentence(written.get(0));
        if (written.size() > APA_ALL_UP_TO) {
            return String.join(", ", written.subList(0, APA_ALL_UP_TO - 1)) + ", . . . " + sentence(written.get(written.size() - 1));
        }
        return String.join(", ", written.subList(0, written.size() - 1)) + ", & " + sentence(written.get(written.size() - 1));
    }

    /** Chicago's title: quoted for articles, italic for reports, then a period unless it ends in one. */
    private static void title(Parts out, CitationInput in, boolean period) {
        String end = period && !endsSentence(in.title()) ? "." : "";
        if (in.report()) {
            out.italic(in.title());
            out.text(end);
        } else {
            out.text("\u201C" + in.title() + end + "\u201D");
        }
    }

    private static void url(Parts out, CitationInput in) {
        if (in.url().isEmpty()) return;
        out.text(" ");
        out.link(in.url());
        out.text(".");
    }

    /** The text with a closing period, unless it already ends a sentence. */
    static String sentence(String text) {
        return endsSentence(text) ? text : text + ".";
    }

    private static boolean endsSentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
    }

    /** Collects parts, merging neighbouring plain text. */
    private static final class Parts {
        private final List<FormattedCitation.Part> parts = new ArrayList<>();

        void text(String text) {
            if (text.isEmpty()) return;
            int last = parts.size() - 1;
            if (last >= 0 && !parts.get(last).italic() && !parts.get(last).link()) {
                parts.set(last, new FormattedCitation.Part(parts.get(last).text() + text, false, false));
            } else {
                parts.add(new FormattedCitation.Part(text, false, false));
            }
        }

        void italic(String text) {
            parts.add(new FormattedCitation.Part(text, true, false));
        }

        void link(String url) {
            parts.add(new FormattedCitation.Part(url, false, true));
        }

        FormattedCitation build() {
            return new FormattedCitation(parts);
        }
    }
}
