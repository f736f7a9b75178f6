package org.standfirst.assemble;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.standfirst.model.Article;

/** The archive's orders. Every comparator ends in a unique key so results never depend on input order. */
final class Ordering {
    /** Newest first; same day → by time when given, then title, then source path. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.reverseOrder())
            .thenComparing((Article a) -> a.time() == null ? null : a.time().toInstant(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title, collator())
            .thenComparing(Article::title)
            .thenComparing(a -> a.source().path());

    private Ordering() {
    }

    /** Names A–Z the way readers expect (accents and case don't split the alphabet). */
    static Comparator<String> byName() {
        Comparator<String> collated = collator();
        return collated.thenComparing(Comparator.naturalOrder());
    }

    private static Comparator<String> collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
