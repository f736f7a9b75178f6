package org.standfirst.assemble;

import java.util.List;

/** Splits a listing into pages of {@code size}: never an empty page, except one for an empty listing. */
public final class Pagination {
    private Pagination() {
    }

    public static int pageCount(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /** The items on page {@code n} (1-based). */
    public static <T> List<T> page(List<T> items, int size, int n) {
        int from = (n - 1) * size;
        if (n < 1 || (from >= items.size() && n > 1)) throw new IndexOutOfBoundsException("page " + n);
        return items.subList(from, Math.min(items.size(), from + size));
    }
}
