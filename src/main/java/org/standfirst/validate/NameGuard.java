package org.standfirst.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.Slug;
import org.standfirst.model.SourceLocation;

/**
 * Keeps a slip of the keyboard from splitting the archive: an author, region or topic name that
 * matches no profile but is close to a profile's name (or id, or other name), or to a spelling that
 * more pieces use, is an error naming the likely intended one. A name far from every known one is a
 * new name and stays allowed: guest authors without profiles are normal.
 *
 * <p>Of two close spellings that no profile owns, the one used by at most half as many pieces as the
 * other is reported, pointing at the commoner; two spellings used about equally are left alone, as
 * nothing tells which one is meant (they may well be two people).
 *
 * <p>A piece's problems here depend on every other piece and profile, so this runs over the whole
 * archive on every build, after the (memoised) reading of each file: a rebuild reports exactly what
 * a clean build reports.
 */
final class NameGuard {
    /** The three kinds of names pieces write, with the keys that hold them. */
    enum Kind {
        AUTHOR("author", Article::authors, "author", "authors"),
        REGION("region", Article::regions, "region", "regions"),
        TOPIC("topic", Article::topics, "topics");

        final String word;
        final Function<Article, List<String>> names;
        final List<String> keys;

        Kind(String word, Function<Article, List<String>> names, String... keys) {
            this.word = word;
            this.names = names;
            this.keys = List.of(keys);
        }
    }

    /** An author's or region's profile, as far as names go. */
    private record Profile(String id, String name, List<String> otherNames, SourceLocation source) {
        String path() {
            return source.path();
        }
    }

    /** Where pieces write one name (one slug), and how they spell it. */
    private static final class Usage {
        final DidYouMean.Key key;
        final List<Article> pieces = new ArrayList<>();
        final Map<String, Integer> spellings = new TreeMap<>();

        Usage(String slug) {
            key = DidYouMean.Key.ofSlug(slug);
        }

        /** The spelling most pieces use, then the first A–Z, as the assemble stage shows it. */
        String commonest() {
            return spellings.entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
        }
    }

    private final Path root;
    private final Problems problems;

    NameGuard(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    void check(List<Article> articles, List<Author> authors, List<Region> regions) {
        check(Kind.AUTHOR, articles, known(authors.stream().map(a -> new Profile(a.id(), a.name(), a.otherNames(), a.profile())).toList()));
        check(Kind.REGION, articles, known(regions.stream().map(r -> new Profile(r.id(), r.name(), r.otherNames(), r.profile())).toList()));
        check(Kind.TOPIC, articles, Map.of());
    }

    /**
     * Every slug the profiles answer to: ids and names first, then other names, so an other name
     * that is another profile's id or name is an error whatever the files' order.
     */
    private Map<String, Profile> known(List<Profile> profiles) {
        Map<String, Profile> known = new LinkedHashMap<>();
        for (Profile profile : profiles) {
            known.putIfAbsent(profile.id(), profile);
            known.putIfAbsent(Slug.of(profile.name()), profile);
        }
        for (Profile profile : profiles) {
            for (String other : profile.otherNames()) {
                Profile earlier = known.putIfAbsent(Slug.of(other), profile);
                if (earlier != null && earlier != profile) {
                    problems.error(line(root.resolve(profile.path()), profile.path(), List.of("other_names"), other,
                                    profile.source().atLine(1)), "`other_names` lists \"" + other + "\", which is already a name of "
                            + earlier.path(), "a spelling can lead to one profile only: remove it from one of the two");
                }
            }
        }
        return known;
    }

    private void check(Kind kind, List<Article> articles, Map<String, Profile> profiles) {
        Map<String, Usage> unresolved = new TreeMap<>();
        // An archive names the same few hundred people, places and topics thousands of times over.
        Map<String, String> slugs = new HashMap<>();
        for (Article article : articles) {
            for (String name : kind.names.apply(article)) {
                String slug = slugs.computeIfAbsent(name, Slug::of);
                if (profiles.containsKey(slug)) continue;
                Usage usage = unresolved.computeIfAbsent(slug, Usage::new);
                if (usage.pieces.isEmpty() || usage.pieces.get(usage.pieces.size() - 1) != article) usage.pieces.add(article);
                usage.spellings.merge(name, 1, Integer::sum);
            }
        }
        if (unresolved.isEmpty()) return;
        List<Map.Entry<DidYouMean.Key, Profile>> known = profiles.entrySet().stream()
                .map(entry -> Map.entry(DidYouMean.Key.ofSlug(entry.getKey()), entry.getValue())).toList();
        unresolved.forEach((slug, usage) -> {
            Optional<Map.Entry<DidYouMean.Key, Profile>> profile = known.stream()
                    .filter(entry -> DidYouMean.close(usage.key, entry.getKey()))
                    .min(Comparator.comparingInt((Map.Entry<DidYouMean.Key, Profile> entry) -> DidYouMean.distance(slug, entry.getKey().slug()))
                            .thenComparing(entry -> entry.getValue().name()));
            if (profile.isPresent()) {
                Profile intended = profile.get().getValue();
                report(kind, usage, kind.word + " \"%s\" has no profile",
                        "did you mean \"" + intended.name() + "\" (" + intended.path() + ")?");
                return;
            }
            unresolved.entrySet().stream()
                    .filter(other -> other.getValue().pieces.size() >= 2 * usage.pieces.size()
                            && DidYouMean.close(usage.key, other.getValue().key))
                    .min(Comparator.comparingInt((Map.Entry<String, Usage> other) -> DidYouMean.distance(slug, other.getKey()))
                            .thenComparing(other -> -other.getValue().pieces.size())
                            .thenComparing(Map.Entry::getKey))
                    .ifPresent(commoner -> report(kind, usage,
                            kind == Kind.TOPIC ? "topic \"%s\" is used by " + count(usage.pieces.size())
                                    : kind.word + " \"%s\" has no profile",
                            "did you mean \"" + commoner.getValue().commonest() + "\" (used by "
                                    + count(commoner.getValue().pieces.size()) + ")?"));
        });
    }

    private static String count(int pieces) {
        return pieces == 1 ? "1 piece" : pieces + " pieces";
    }

    /** One error per piece that writes the name, at the line where it is written. */
    private void report(Kind kind, Usage usage, String message, String hint) {
        for (Article article : usage.pieces) {
            for (String name : kind.names.apply(article)) {
                if (!usage.spellings.containsKey(name)) continue;
                problems.error(line(article.file(), article.source().path(), kind.keys, name, article.source()),
                        String.format(message, name), hint);
            }
        }
    }

    /**
     * Where a file writes the name under one of {@code keys}. Records keep names as written, not
     * where; the few names reported are found by reading the file's front matter again.
     */
    private SourceLocation line(Path file, String path, List<String> keys, String name, SourceLocation fallback) {
        Problems ignored = new Problems(); // the file was read without errors a moment ago
        return new ContentLoader(root, ignored).document(file, path)
                .flatMap(document -> FrontMatter.parse(document, ignored))
                .flatMap(yaml -> keys.stream().flatMap(key -> yaml.textList(key).stream())
                        .filter(named -> named.name().equals(name)).map(FrontMatter.Named::at).findFirst())
                .orElse(fallback);
    }
}
