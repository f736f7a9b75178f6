package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderFreeDigestTest {
    @Test
    void theOrderDoesNotMatterButEveryStringDoes() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 5000; i++) paths.add("commentary/piece-" + i + "/index.html");
        String value = digest(paths);
        List<String> shuffled = new ArrayList<>(paths);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(digest(shuffled)).isEqualTo(value);

        Set<String> seen = new HashSet<>(Set.of(value));
        List<List<String>> variants = List.of(
                replace(paths, 1234, "commentary/piece-1234/index.htm"),
                replace(paths, 0, "commentary/piece-01/index.html"),
                paths.subList(1, paths.size()),
                concat(paths, "commentary/piece-1/index.html"), // a duplicate counts
                swapChars(paths, 42));
        for (List<String> variant : variants) assertThat(seen.add(digest(variant))).as("a new digest").isTrue();
    }

    @Test
    void stringsAreNotSplitOrJoinedUnnoticed() {
        assertThat(digest(List.of("ab", "c"))).isNotEqualTo(digest(List.of("a", "bc")));
        assertThat(digest(List.of("", "x"))).isNotEqualTo(digest(List.of("x")));
        assertThat(parts("file", "a")).isNotEqualTo(parts("filea")).isNotEqualTo(parts("fil", "ea"))
                .isNotEqualTo(parts("a", "file")).isEqualTo(parts("file", "a"));
    }

    private static String parts(String... parts) {
        OrderFreeDigest digest = new OrderFreeDigest();
        digest.add(parts);
        return digest.value();
    }

    private static String digest(List<String> strings) {
        OrderFreeDigest digest = new OrderFreeDigest();
        strings.forEach(digest::add);
        return digest.value();
    }

    private static List<String> replace(List<String> list, int index, String value) {
        List<String> out = new ArrayList<>(list);
        out.set(index, value);
        return out;
    }

    private static List<String> concat(List<String> list, String value) {
        List<String> out = new ArrayList<>(list);
        out.add(value);
        return out;
    }

    private static List<String> swapChars(List<String> list, int index) {
        String s = list.get(index);
        return replace(list, index, s.substring(0, 11) + s.charAt(12) + s.charAt(11) + s.substring(13));
    }
}
