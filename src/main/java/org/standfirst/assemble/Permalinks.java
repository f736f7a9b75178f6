package org.standfirst.assemble;

import java.time.LocalDate;

/** Expands the {@code permalink} pattern into a site path (no leading slash). */
final class Permalinks {
    private Permalinks() {
    }

    static String expand(String pattern, String typeId, LocalDate date, String slug) {
        String path = pattern
                .replace("{type}", typeId)
                .replace("{year}", padded(date.getYear(), 4))
                .replace("{month}", padded(date.getMonthValue(), 2))
                .replace("{day}", padded(date.getDayOfMonth(), 2))
                .replace("{slug}", slug);
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** "7" → "07": String.format would do, but it parses its pattern on every call, once per piece. */
    private static String padded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
