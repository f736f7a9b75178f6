package org.standfirst.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Param;
import org.standfirst.model.Params;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.SourceLocation;

/**
 * Typed, line-aware access to one YAML mapping. Every getter reports a wrong type or a bad value as a
 * problem at the value's line in the file (not in the YAML block) and returns a safe default, so
 * one pass finds every problem of a file.
 */
final class FrontMatter {
    /** The key under which pieces, profiles and site.yml keep values of their own. */
    static final String PARAMS = "params";
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final SourceLocation source;
    private final int firstLine;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private FrontMatter(SourceLocation source, int firstLine, Problems problems) {
        this.source = source;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** Parses the document's YAML; empty when it is not a mapping (the problem is already reported). */
    static Optional<FrontMatter> parse(SourceDocument document, Problems problems) {
        return parse(document.source(), document.frontMatter(), document.frontMatterLine(), problems);
    }

    static Optional<FrontMatter> parse(SourceLocation source, String yaml, int firstLine, Problems problems) {
        FrontMatter frontMatter = new FrontMatter(source, firstLine, problems);
        LoadSettings settings = LoadSettings.builder().setLabel(source.path()).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(10).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            frontMatter.reportSyntax(e, yaml);
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(source.atLine(firstLine), "invalid YAML: " + e.getMessage(),
                    "check the front matter's syntax");
            return Optional.empty();
        }
        if (root.isEmpty()) return Optional.of(frontMatter);
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.error(frontMatter.at(root.get()), "the front matter is not a list of `key: value` lines",
                    "write one `key: value` per line, e.g. `title: My piece`");
            return Optional.empty();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(frontMatter.at(tuple.getKeyNode()), "a key must be a plain word",
                        "write keys such as `title:` or `date:`");
                continue;
            }
            if (frontMatter.entries.containsKey(key.getValue())) {
                problems.error(frontMatter.at(key), "`" + key.getValue() + "` is given twice",
                        "keep one of the two lines (first on line "
                                + frontMatter.lineOf(frontMatter.entries.get(key.getValue()).getKeyNode()) + ")");
                continue;
            }
            frontMatter.entries.put(key.getValue(), tuple);
        }
        return Optional.of(frontMatter);
    }

    private void reportSyntax(MarkedYamlEngineException e, String yaml) {
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        int line = mark == null ? firstLine : firstLine + mark.getLine();
        String lineText = lineText(yaml, mark == null ? 0 : mark.getLine());
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String hint;
        if (lineText.indexOf('\t') >= 0 || problem.contains("\\t")) {
            problem = "a tab character in the front matter";
            hint = "YAML allows only spaces for indentation: replace the tab with spaces";
        } else if (problem.contains("mapping values are not allowed")) {
            hint = "a value containing `: ` must be quoted, e.g. `title: \"Iraq: the next step\"`";
        } else if (problem.contains("could not find expected ':'")) {
            hint = "each line needs `key: value`; quote values that span lines";
        } else if (problem.contains("expected <block end>") || problem.contains("indent")) {
            hint = "check the indentation: list items and nested keys must line up with spaces";
        } else {
            hint = "check the YAML syntax on this line (quote values with special characters)";
        }
        SourceLocation at = source.atLine(line);
        int column = mark == null ? 0 : mark.getColumn() + 1;
        problems.add(new Problem(Problem.Severity.ERROR,
                at.path(), at.line(), column, "invalid YAML: " + problem.strip(), hint));
    }

    private static String lineText(String yaml, int zeroBasedLine) {
        String[] lines = yaml.split("\n", -1);
        return zeroBasedLine < lines.length ? lines[zeroBasedLine] : "";
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    SourceLocation at(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? source.atLine(firstLine > 1 ? firstLine - 1 : 1) : at(tuple.getKeyNode());
    }

    SourceLocation at(Node node) {
        return source.atLine(lineOf(node));
    }

    private int lineOf(Node node) {
        return node.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
    }

    /** A required text value; reports a missing or empty one with the hint given. */
    Optional<String> requiredText(String key, String hint) {
        if (!has(key)) {
            problems.error(source.atLine(1), "`" + key + "` is missing", hint);
            return Optional.empty();
        }
        Optional<String> value = text(key);
        if (value.isPresent() && value.get().isBlank()) {
            problems.error(at(key), "`" + key + "` is empty", hint);
            return Optional.empty();
        }
        return value;
    }

    /** A single text value; numbers and booleans are accepted as their text. */
    Optional<String> text(String key) {
        if (!has(key)) return Optional.empty();
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) return Optional.of(scalar.getValue().strip());
        problems.error(at(value), "`" + key + "` must be a single text value, not a "
                        + (value instanceof SequenceNode ? "list" : "mapping"),
                "write it on one line, e.g. `" + key + ": …`");
        return Optional.empty();
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    /** A list of texts; a single value is accepted as a list of one. */
    List<Named> textList(String key) {
        if (!has(key)) return List.of();
        Node value = entries.get(key).getValueNode();
        List<Named> out = new ArrayList<>();
        if (value instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) out.add(new Named(scalar.getValue().strip(), at(scalar)));
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                    if (!scalar.getValue().isBlank()) out.add(new Named(scalar.getValue().strip(), at(scalar)));
                } else {
                    problems.error(at(item), "each item of `" + key + "` must be a single name",
                            "write the list as `" + key + ": [First, Second]` or one `- name` per line");
                }
            }
        } else {
            problems.error(at(value), "`" + key + "` must be a list of names, not a mapping",
                    "write it as `" + key + ": [First, Second]`");
        }
        return out;
    }

    Optional<Boolean> bool(String key) {
        if (!has(key)) return Optional.empty();
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase()));
        }
        problems.error(at(value), "`" + key + "` must be `true` or `false`", "write `" + key + ": true`");
        return Optional.empty();
    }

    Optional<Integer> positiveInt(String key) {
        if (!has(key)) return Optional.empty();
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int number = Integer.parseInt(scalar.getValue());
                if (number > 0) return Optional.of(number);
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.error(at(value), "`" + key + "` must be a whole number above zero", "write e.g. `" + key + ": 20`");
        return Optional.empty();
    }

    /** A nested mapping, e.g. {@code organisation: {name: …, url: …}}. */
    Optional<FrontMatter> mapping(String key) {
        if (!has(key)) return Optional.empty();
        Node value = entries.get(key).getValueNode();
        if (!(value instanceof MappingNode mapping)) {
            problems.error(at(value), "`" + key + "` must be a group of `key: value` lines",
                    "indent its keys under it, e.g. `" + key + ":` then `  name: …`");
            return Optional.empty();
        }
        FrontMatter nested = new FrontMatter(source, firstLine, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode nestedKey) nested.entries.put(nestedKey.getValue(), tuple);
        }
        return Optional.of(nested);
    }

    /** A publication date: {@code 2014-06-17}, or an ISO date-time with a zone. */
    Optional<DateValue> date(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return Optional.empty();
        String value = text.get();
        SourceLocation at = at(entries.get(key).getValueNode());
        Matcher plain = DATE.matcher(value);
        try {
            if (plain.matches()) {
                return Optional.of(new DateValue(LocalDate.of(Integer.parseInt(plain.group(1)),
                        Integer.parseInt(plain.group(2)), Integer.parseInt(plain.group(3))), null));
            }
            OffsetDateTime time = OffsetDateTime.parse(value.replace(' ', 'T'));
            return Optional.of(new DateValue(time.toLocalDate(), time));
        } catch (DateTimeParseException e) {
            problems.error(at, "`" + key + ": " + value + "` is not a date",
                    "write it as YYYY-MM-DD (e.g. 2014-06-17) or 2014-06-17T09:30:00+01:00");
        } catch (DateTimeException e) {
            problems.error(at, "`" + key + ": " + value + "` is not a real date (" + e.getMessage() + ")",
                    "check the month (1–12) and the day of the month");
        }
        return Optional.empty();
    }

    /**
     * Reports keys outside {@code known} as errors, suggesting the closest known key: a misspelt key
     * would otherwise drop its value without a word. Where {@code params} is known, a key of one's
     * own is pointed there.
     */
    void rejectUnknownKeys(Set<String> known) {
        for (String key : entries.keySet()) {
            if (known.contains(key)) continue;
            String knownKeys = "known keys: " + String.join(", ", known.stream().sorted().toList());
            String hint = DidYouMean.closest(key, known).map(k -> "did you mean `" + k + "`?")
                    .orElse(known.contains(PARAMS)
                            ? "did you mean `params:`? Keys of your own go under it (`params:` then `  " + key
                                    + ": …`), where templates read them as `params." + key + "`; " + knownKeys
                            : knownKeys);
            problems.error(at(key), "unknown key `" + key + "`", hint);
        }
    }

    /** The values of one's own under {@code key} (the {@value #PARAMS} group), kept as written. */
    Params params(String key) {
        if (!has(key)) return Params.NONE;
        Node value = entries.get(key).getValueNode();
        if (!(value instanceof MappingNode mapping)) {
            problems.error(at(value), "`" + key + "` must be a group of `key: value` lines",
                    "indent your own keys under it, e.g. `" + key + ":` then `  series: Gulf security`");
            return Params.NONE;
        }
        return new Params(group(mapping).fields());
    }

    private Param param(Node node) {
        if (node instanceof ScalarNode scalar) return Param.text(isNull(scalar) ? "" : scalar.getValue());
        if (node instanceof SequenceNode sequence) return Param.list(sequence.getValue().stream().map(this::param).toList());
        return group((MappingNode) node);
    }

    private Param group(MappingNode mapping) {
        Map<String, Param> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode name && !isNull(name)) {
                if (fields.putIfAbsent(name.getValue(), param(tuple.getValueNode())) != null) {
                    problems.error(at(name), "`" + name.getValue() + "` is given twice", "keep one of the two lines");
                }
            } else {
                problems.error(at(tuple.getKeyNode()), "a key must be a plain word", "write keys such as `series:`");
            }
        }
        return Param.group(fields);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** A name from a list, with where it was written. */
    record Named(String name, SourceLocation at) {
    }

    /** A date, and the full date-time when one was given. */
    record DateValue(LocalDate date, OffsetDateTime time) {
    }
}
