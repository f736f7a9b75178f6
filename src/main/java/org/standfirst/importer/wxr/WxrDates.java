package org.standfirst.importer.wxr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** WordPress's dates: {@code 2014-06-17 09:30:00}, with {@code 0000-00-00 00:00:00} for "not set" (drafts). */
final class WxrDates {
    private static final DateTimeFormatter WORDPRESS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WxrDates() {
    }

    /** A GMT date-time, when set. */
    static Optional<OffsetDateTime> gmt(String text) {
        return local(text).map(t -> t.atOffset(ZoneOffset.UTC));
    }

    /** A date-time in the site's own zone, which the export does not name; only its day is trusted. */
    static Optional<LocalDateTime> local(String text) {
        if (text.isBlank() || text.startsWith("0000")) return Optional.empty();
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), WORDPRESS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The RSS {@code pubDate} (RFC 1123), the last resort. */
    static Optional<OffsetDateTime> rfc1123(String text) {
        if (text.isBlank()) return Optional.empty();
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return time.getYear() < 1971 ? Optional.empty() : Optional.of(time); // "not set" shows as 1970 or year 1
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The publication date: GMT when set, else the local day, else the feed date. */
    static Optional<Published> published(WxrItem item) {
        Optional<OffsetDateTime> gmt = gmt(item.postDateGmt());
        if (gmt.isPresent()) return Optional.of(new Published(gmt.get().toLocalDate(), gmt.get()));
        Optional<LocalDateTime> local = local(item.postDate());
        if (local.isPresent()) return Optional.of(new Published(local.get().toLocalDate(), null));
        return rfc1123(item.pubDate()).map(t -> new Published(t.toLocalDate(), t));
    }

    /** The day of the last modification, when it is later than the publication day. */
    static Optional<LocalDate> updated(WxrItem item, LocalDate published) {
        Optional<LocalDate> modified = gmt(item.modifiedGmt()).map(OffsetDateTime::toLocalDate)
                .or(() -> local(item.modified()).map(LocalDateTime::toLocalDate));
        // Same-day edits are corrections of typos, not updates readers need to be told about.
        return modified.filter(day -> day.isAfter(published));
    }

    /** A publication date, with its time when the zone is known. */
    record Published(LocalDate date, OffsetDateTime time) {
    }
}
