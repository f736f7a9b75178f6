package org.standfirst.search;

/**
 * Just enough JSON for the index parts: strings through the metadata's JSON writer (this class's name
 * clashes with it, hence the qualified call), and the script wrapper that registers a part.
 */
final class Json {
    private Json() {
    }

    /** {@code text} as a JSON string, escaped as the site's other scripts are. */
    static StringBuilder string(StringBuilder out, String text) {
        return org.standfirst.render.meta.Json.string(out, text);
    }

    /** Numbers in {@link Varints}' alphabet as a JSON string: none of its characters needs escaping. */
    static StringBuilder numbers(StringBuilder out, String varints) {
        return out.append('"').append(varints).append('"');
    }

    /** A part file: a script that hands {@code json} to search.js under {@code name}. */
    static String part(String name, CharSequence json) {
        StringBuilder out = new StringBuilder(json.length() + name.length() + 40);
        out.append("StandfirstSearch.part(");
        string(out, name);
        return out.append(',').append(json).append(");\n").toString();
    }
}
