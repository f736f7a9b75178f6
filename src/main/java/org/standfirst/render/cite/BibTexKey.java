package org.standfirst.render.cite;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Citation keys in the common "haddad2015vienna" shape: first author's family name, year, first title word. */
final class BibTexKey {
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}'’]+");

    private static final Set<String> INSIGNIFICANT = Set.of("a", "an", "the", "and", "or", "but", "nor", "of",
            "on", "in", "into", "to", "for", "with", "at", "by", "from", "as", "about", "over", "under", "after",
            "before", "between", "against", "is", "are", "was", "were", "be", "it", "its", "this", "that",
            "these", "those", "what", "why", "how", "when", "where", "who", "which", "will", "can", "should",
            "not", "no");

    private BibTexKey() {
    }

    /**
     * The key of a piece. When the author or the title gives no ASCII letters (e.g. both are in Arabic), the
     * slug is used instead, which is stable and unique within the site.
     */
    static String of(CitationInput input) {
        List<AuthorName> authors = AuthorName.of(input);
        String name = authors.isEmpty() ? "anon" : AsciiFold.letters(keyName(authors.get(0)));
        String year = String.valueOf(input.date().getYear());
        String word = firstSignificantWord(input.title());
        if (!name.isEmpty() && !word.isEmpty()) return name + year + word;
        String slug = AsciiFold.slug(input.key());
        if (!slug.isEmpty()) return slug;
        return (name.isEmpty() ? "anon" : name) + year + word;
    }

    private static String keyName(AuthorName author) {
        if (author instanceof AuthorName.Person person) return person.name().family();
        // "Council on Foreign Relations" → "council", as a person's family name would be one word.
        return firstSignificantWord(((AuthorName.Group) author).name());
    }

    static String firstSignificantWord(String text) {
        for (String word : WORD_BREAKS.split(text)) {
            String letters = AsciiFold.letters(word);
            if (!letters.isEmpty() && !INSIGNIFICANT.contains(letters)) return letters;
        }
        return "";
    }
}
