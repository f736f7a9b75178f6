package org.standfirst.validate;

import java.util.ArrayList;
import java.util.List;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Problems;
import org.standfirst.model.Redirect;
import org.standfirst.model.SourceLocation;

/**
 * Reads {@code content/redirects.csv}, the bulk map for migrations: one {@code old path,new path or
 * page file} per line. Blank lines, {@code #} comments and a header line {@code old,new} are skipped;
 * fields may be quoted. Targets are resolved when the site is assembled.
 */
final class RedirectsReader {
    private RedirectsReader() {
    }

    static List<Redirect> read(SourceDocument document, Problems problems) {
        List<Redirect> out = new ArrayList<>();
        String[] lines = document.frontMatter().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            SourceLocation at = document.source().atLine(i + 1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> fields = fields(line);
            if (i == 0 && fields.size() == 2 && !fields.get(0).startsWith("/")) continue; // a header line
            if (fields.size() != 2 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
                problems.error(at, "expected `old path,new path` but found " + fields.size() + " field" + (fields.size() == 1 ? "" : "s"),
                        "write one redirect per line, e.g. `/2014/06/mosul.html,/commentary/mosul/` or `/old/,commentary/mosul.md`");
                continue;
            }
            String problem = AliasRules.problem(fields.get(0));
            if (problem != null) {
                problems.error(at, "the old path `" + fields.get(0) + "` " + problem, "write it as a path, e.g. `/2014/06/old-slug/`");
                continue;
            }
            out.add(new Redirect(fields.get(0), fields.get(1), at));
        }
        return out;
    }

    /** Comma-separated fields; a field in double quotes may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
