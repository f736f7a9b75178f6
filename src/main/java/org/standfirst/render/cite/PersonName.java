package org.standfirst.render.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A person's name split the way reference lists need it.
 *
 * @param family the family name with any lowercase particles ("van Beethoven", "de la Cruz"); never blank
 *     for a parsed non-blank name
 * @param given the given names, "" for single-word names such as "Plato" or "毛泽东"
 * @param suffix a generational suffix such as "Jr." or "III", else ""
 */
public record PersonName(String family, String given, String suffix) {

    // Only lowercase particles join the family name: "Martin Van Buren" is indexed under "Buren" here,
    // which is the price of not guessing; writers can say "Van Buren, Martin" instead.
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "del", "della",
            "di", "du", "la", "le", "dos", "das", "bin", "ibn", "al", "el", "ben");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * Splits a display name. The last word is the family name, with the lowercase particles before it;
     * "Family, Given" (and "Family, Given, Jr.") is taken as written. Scripts without spaces or case work
     * the same way: "محمد علی" gives family "علی", given "محمد".
     */
    public static PersonName parse(String written) {
        String name = Spaces.collapse(written);
        List<String> pieces = Arrays.stream(name.split(",", -1)).map(String::strip).toList();
        if (pieces.size() == 2 && SUFFIXES.contains(pieces.get(1))) {
            PersonName natural = parseNaturalOrder(pieces.get(0));
            return new PersonName(natural.family, natural.given, pieces.get(1));
        }
        if (pieces.size() >= 2) {
            String suffix = String.join(", ", pieces.subList(2, pieces.size()));
            return new PersonName(pieces.get(0), pieces.get(1), suffix);
        }
        return parseNaturalOrder(name);
    }

    private static PersonName parseNaturalOrder(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.split(" ")));
        String suffix = "";
        if (words.size() >= 2 && SUFFIXES.contains(words.get(words.size() - 1))) {
            suffix = words.remove(words.size() - 1);
        }
        int familyStart = words.size() - 1;
        while (familyStart > 0 && PARTICLES.contains(words.get(familyStart - 1))) familyStart--;
        return new PersonName(String.join(" ", words.subList(familyStart, words.size())),
                String.join(" ", words.subList(0, familyStart)), suffix);
    }

    /** "Haddad, Amira"; "King, Martin Luther, Jr."; "Plato". */
    public String familyFirst() {
        StringBuilder out = new StringBuilder(family);
        if (!given.isEmpty()) out.append(", ").append(given);
        if (!suffix.isEmpty()) out.append(", ").append(suffix);
        return out.toString();
    }

    /** "Amira Haddad"; "Martin Luther King Jr." (Chicago drops the comma before Jr.). */
    public String givenFirst() {
        StringBuilder out = new StringBuilder(given);
        if (!given.isEmpty()) out.append(' ');
        out.append(family);
        if (!suffix.isEmpty()) out.append(' ').append(suffix);
        return out.toString();
    }

    /**
     * The given names as APA initials: "Amira" → "A.", "Jean-Luc" → "J.-L.", "Mary Anne" → "M. A.",
     * "J.R.R." → "J. R. R."; "" when there is no given name.
     */
    public String initials() {
        List<String> out = new ArrayList<>();
        for (String word : Spaces.SPACES_OR_STOPS.split(given)) {
            List<String> hyphenated = new ArrayList<>();
            for (String piece : word.split("-")) {
                String initial = initial(piece);
                if (!initial.isEmpty()) hyphenated.add(initial);
            }
            if (!hyphenated.isEmpty()) out.add(String.join("-", hyphenated));
        }
        return String.join(" ", out);
    }

    private static String initial(String piece) {
        return piece.codePoints().filter(Character::isLetterOrDigit).limit(1)
                .mapToObj(cp -> Character.toString(Character.toUpperCase(cp)) + ".").findFirst().orElse("");
    }
}
