package org.standfirst.render;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.standfirst.model.SiteConfig;

/**
 * What the render stage lets an incremental build remember between builds: each body as rendered by
 * flexmark, and as feeds carry it. The default remembers nothing, so every body is rendered.
 */
public interface BodyMemo {
    /** Remembers nothing: a build without a cache. */
    BodyMemo NONE = new BodyMemo() {
    };

    /** A rendered body and how its links resolved. */
    record Body(String html, List<ResolvedLink> links) {
        public Body {
            links = List.copyOf(links);
        }
    }

    /**
     * Everything that shapes a body's HTML besides its links (which are resolved again before a
     * remembered body is used).
     *
     * @param path the page's site path, against which relative links are written
     * @param markdown the digest of the body's Markdown as read
     */
    record Input(String path, String markdown, SiteConfig.RawHtml rawHtml) {
    }

    /** The body remembered for {@code input}, when {@code stillResolve} accepts its links. */
    default Optional<Body> recall(Input input, Predicate<List<ResolvedLink>> stillResolve) {
        return Optional.empty();
    }

    /** A body rendered afresh from {@code markdown}, remembered when that is the Markdown {@code input} digests. */
    default void remember(Input input, String markdown, Body body) {
    }

    /** The body as feeds carry it (its links absolute, for {@code baseUrl}), remembered or made. */
    default String feedBody(Input input, Body body, String baseUrl, Supplier<String> make) {
        return make.get();
    }

    /** A body this build did not need, whose page was kept: it is still in use. */
    default void stillUsed(Input input) {
    }

    /** The site is rendered without an error: what this build did not use is forgotten. */
    default void finish() {
    }
}
