package org.standfirst.assemble;

import java.time.LocalDate;

/** Expands the {@code permalink} pattern into a site path (no leading slash). */
final class Permalinks {
    private Permalinks() {
    }

    static String expand(String pattern, String typeId, LocalDate date, String slug) {
        String path = pattern
                .replace("{type}", typeId)
                .replace("{year}", String.format("%04d", date.getYear()))
                .replace("{month}", String.format("%02d", date.getMonthValue()))
                .replace("{day}", String.format("%02d", date.getDayOfMonth()))
                .replace("{slug}", slug);
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
