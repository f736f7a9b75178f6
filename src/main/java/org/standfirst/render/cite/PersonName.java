package org.standfirst.render.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A name split for citing, surname first. The last word is the family name, with lowercase particles
 * kept with it ("Ludwig van Beethoven" → "van Beethoven", "Ludwig"); "Family, Given" is taken as
 * written; a one-word name (or an organisation) has no given name.
 */
public record PersonName(String family, String given) {
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "del", "della", "di",
            "du", "la", "le", "dos", "das", "bin", "ibn", "al", "el", "ben", "ter", "ten");

    public static PersonName of(String name) {
        String trimmed = name.strip().replaceAll("\\s+", " ");
        int comma = trimmed.indexOf(',');
        if (comma > 0) return new PersonName(trimmed.substring(0, comma).strip(), trimmed.substring(comma + 1).strip());
        String[] words = trimmed.split(" ");
        if (words.length == 1) return new PersonName(trimmed, "");
        int family = words.length - 1;
        while (family > 1 && PARTICLES.contains(words[family - 1].toLowerCase(Locale.ROOT))
                && Character.isLowerCase(words[family - 1].charAt(0))) {
            family--;
        }
        return new PersonName(String.join(" ", Arrays.copyOfRange(words, family, words.length)),
                String.join(" ", Arrays.copyOfRange(words, 0, family)));
    }

    /** "Haddad, Amira" (or just the name when there is no given name). */
    public String inverted() {
        return given.isEmpty() ? family : family + ", " + given;
    }

    /** "Amira Haddad". */
    public String natural() {
        return given.isEmpty() ? family : given + " " + family;
    }

    /** APA's initials: "Amira" → "A.", "Jean-Luc" → "J.-L.", "Mary Anne" → "M. A.". */
    public String initials() {
        StringBuilder out = new StringBuilder();
        for (String word : given.split(" ")) {
            if (word.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            String[] parts = word.split("-");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) continue;
                if (i > 0) out.append('-');
                out.appendCodePoint(parts[i].codePointAt(0)).append('.');
            }
        }
        return out.toString();
    }

    /** "Haddad, A." for APA. */
    public String apa() {
        String initials = initials();
        return initials.isEmpty() ? family : family + ", " + initials;
    }
}
