package org.standfirst.render.cite;

import java.time.format.DateTimeFormatter;

/** A RIS record (EndNote, Zotero, Mendeley): {@code RPRT} for reports, {@code ELEC} for web articles. */
public final class Ris {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd/");

    private Ris() {
    }

    public static String entry(CitationInput in) {
        StringBuilder out = new StringBuilder();
        line(out, "TY", in.report() ? "RPRT" : "ELEC");
        for (String author : in.authors()) line(out, "AU", PersonName.of(author).inverted());
        line(out, "TI", in.title());
        line(out, "PY", String.valueOf(in.date().getYear()));
        line(out, "DA", DATE.format(in.date()));
        line(out, "PB", in.publisher());
        if (in.report()) line(out, "M3", in.type());
        line(out, "UR", in.url());
        line(out, "AB", in.summary());
        for (String keyword : in.keywords()) line(out, "KW", keyword);
        line(out, "LA", in.language());
        return out.append("ER  - \n").toString();
    }

    private static void line(StringBuilder out, String tag, String value) {
        if (value.isEmpty()) return;
        out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
    }
}
