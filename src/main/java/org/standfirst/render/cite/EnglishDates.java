package org.standfirst.render.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as both styles print them: in English whatever the piece's language, because the style is English. */
final class EnglishDates {
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR_MONTH_DAY = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

    private EnglishDates() {
    }

    /** "July 21, 2015" (Chicago). */
    static String monthDayYear(LocalDate date) {
        return MONTH_DAY_YEAR.format(date);
    }

    /** "2015, July 21" (APA). */
    static String yearMonthDay(LocalDate date) {
        return YEAR_MONTH_DAY.format(date);
    }
}
