package org.standfirst.assemble;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.model.Slug;
import org.standfirst.model.SourceLocation;
import org.standfirst.model.Topic;
import org.standfirst.validate.ValidContent;

/** The assemble stage: from typed content to the {@link Site} the renderer walks. */
public final class SiteAssembler {
    private final Problems problems;
    private final Selection selection;
    private final RelatedMemo related;

    /**
     * Which pieces a build publishes.
     *
     * @param drafts include {@code draft: true} pieces
     * @param future include pieces dated after {@code now} (a scheduled rebuild publishes them on the day)
     */
    public record Selection(boolean drafts, boolean future, Instant now) {
        public static Selection published(Instant now) {
            return new Selection(false, false, now);
        }

        boolean isFuture(Article article) {
            if (article.time() != null) return article.time().toInstant().isAfter(now);
            return article.date().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC));
        }
    }

    public SiteAssembler(Problems problems, Selection selection) {
        this(problems, selection, RelatedMemo.NONE);
    }

    /** @param related may recall the related pieces from the last build */
    public SiteAssembler(Problems problems, Selection selection, RelatedMemo related) {
        this.problems = problems;
        this.selection = selection;
        this.related = related;
    }

    /** The archive's order, newest first, as {@link Site#pieces()} follow it. */
    public static Comparator<Article> newestFirst() {
        return Ordering.NEWEST_FIRST;
    }

    public Site assemble(ValidContent content) {
        List<Article> articles = new ArrayList<>();
        int drafts = 0;
        int future = 0;
        for (Article article : content.articles()) {
            if (article.draft() && !selection.drafts()) drafts++;
            else if (!selection.future() && selection.isFuture(article)) future++;
            else articles.add(article);
        }
        articles.sort(Ordering.NEWEST_FIRST);

        Names<Author> authorNames = new Names<>(profilesById(content.authors(), Author::id, Author::profile),
                otherNames(content.authors(), Author::id, Author::otherNames), Author::withoutProfile);
        Names<Region> regionNames = new Names<>(profilesById(content.regions(), Region::id, Region::profile),
                otherNames(content.regions(), Region::id, Region::otherNames), Region::withoutProfile);
        Names<Topic> topicNames = new Names<>(Map.of(), Topic::new);
        Names<String> typeNames = new Names<>(Map.of(), (id, name) -> name);
        for (Article article : articles) {
            article.authors().forEach(authorNames::add);
            article.regions().forEach(regionNames::add);
            article.topics().forEach(topicNames::add);
            typeNames.add(article.type());
        }
        RegionTree tree = new RegionTree(List.copyOf(regionNames.all().values()), problems);

        String permalink = content.config().permalink();
        List<Piece> pieces = new ArrayList<>(articles.size());
        Map<String, String> typeIds = new HashMap<>();
        for (Article article : articles) {
            String typeId = typeIds.computeIfAbsent(article.type(), Slug::of);
            pieces.add(new Piece(pieces.size(), article,
                    Permalinks.expand(permalink, typeId, article.date(), article.slug()),
                    typeId, content.config().typeLabel(typeId, typeNames.resolve(article.type())),
                    article.authors().stream().map(authorNames::resolve).toList(),
                    article.regions().stream().map(regionNames::resolve).toList(),
                    article.topics().stream().map(topicNames::resolve).toList()));
        }

        List<Author> authors = new ArrayList<>(authorNames.all().values());
        authors.sort(Comparator.comparing(Author::sortName, Ordering.byName()).thenComparing(Author::id));
        List<Region> regions = tree.depthFirst();
        List<Topic> topics = new ArrayList<>(topicNames.all().values());
        topics.sort(Comparator.comparing(Topic::name, Ordering.byName()).thenComparing(Topic::id));

        List<Listing> regionListings = regionListings(pieces, regions, tree);
        Map<String, List<Piece>> byAuthor = group(pieces, p -> p.authors().stream().map(Author::id).toList());
        List<Listing> authorListings = authors.stream().map(a -> new Listing(Listing.Kind.AUTHOR, a.id(), a.name(),
                SitePaths.author(a.id()), byAuthor.getOrDefault(a.id(), List.of()))).toList();
        Map<String, List<Piece>> byTopic = group(pieces, p -> p.topics().stream().map(Topic::id).toList());
        List<Listing> topicListings = topics.stream().map(t -> new Listing(Listing.Kind.TOPIC, t.id(), t.name(),
                SitePaths.topic(t.id()), byTopic.getOrDefault(t.id(), List.of()))).toList();
        Map<String, List<Piece>> byType = group(pieces, p -> List.of(p.typeId()));
        List<Listing> typeListings = new ArrayList<>();
        new TreeMap<>(typeNames.all()).forEach((id, name) -> typeListings.add(new Listing(Listing.Kind.TYPE, id,
                content.config().typePlural(id, content.config().typeLabel(id, name)), SitePaths.type(id),
                byType.getOrDefault(id, List.of()))));
        Map<Integer, List<Piece>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Piece piece : pieces) byYear.computeIfAbsent(piece.article().date().getYear(), y -> new ArrayList<>()).add(piece);
        List<Listing> yearListings = new ArrayList<>();
        byYear.forEach((year, list) -> yearListings.add(new Listing(Listing.Kind.YEAR, String.valueOf(year),
                String.valueOf(year), SitePaths.year(year), list)));

        warnUnusedProfiles(content.authors(), authorListings);
        Site site = new Site(content.config(), pieces, authors, regions, topics, regionListings, authorListings,
                topicListings, typeListings, yearListings, RelatedPieces.of(pieces, related),
                new AssetCollector(content).collect(pieces),
                new RedirectCollector(problems).collect(content, pieces, authors, regions),
                new Site.HeldBack(drafts, future));
        PathRegistry.check(site, problems);
        return site;
    }

    /** Pieces grouped by the keys each one has, every group newest first, in one pass. */
    private static Map<String, List<Piece>> group(List<Piece> pieces, Function<Piece, List<String>> keys) {
        Map<String, List<Piece>> out = new HashMap<>();
        for (Piece piece : pieces) {
            for (String key : keys.apply(piece)) out.computeIfAbsent(key, k -> new ArrayList<>()).add(piece);
        }
        return out;
    }

    /** Profile ids by the slug of each other spelling; validation has reported spellings two profiles claim. */
    private static <T> Map<String, String> otherNames(List<T> profiles, Function<T, String> id,
                                                      Function<T, List<String>> otherNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (T profile : profiles) {
            for (String name : otherNames.apply(profile)) out.putIfAbsent(Slug.of(name), id.apply(profile));
        }
        return out;
    }

    private <T> Map<String, T> profilesById(List<T> profiles, Function<T, String> id, Function<T, SourceLocation> source) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T profile : profiles) {
            T earlier = out.putIfAbsent(id.apply(profile), profile);
            if (earlier != null) {
                problems.error(source.apply(profile).atLine(1), "this profile has the same id `" + id.apply(profile)
                        + "` as " + source.apply(earlier).path(), "keep one of the two files");
            }
        }
        return out;
    }

    private List<Listing> regionListings(List<Piece> pieces, List<Region> regions, RegionTree tree) {
        // A piece filed under a country also appears on every region above it.
        Map<String, List<Piece>> byRegion = group(pieces, piece -> piece.regions().stream()
                .flatMap(region -> tree.selfAndAncestors(region.id()).stream()).distinct().toList());
        List<Listing> out = new ArrayList<>();
        for (Region region : regions) {
            out.add(new Listing(Listing.Kind.REGION, region.id(), region.name(), SitePaths.region(region.id()),
                    byRegion.getOrDefault(region.id(), List.of())));
        }
        return out;
    }

    private void warnUnusedProfiles(List<Author> profiles, List<Listing> authorListings) {
        Set<String> cited = new HashSet<>();
        for (Listing listing : authorListings) if (!listing.pieces().isEmpty()) cited.add(listing.id());
        for (Author author : profiles) {
            if (!cited.contains(author.id())) {
                problems.warning(author.profile().atLine(1), "no piece names the author `" + author.name() + "`",
                        "name them in a piece's `author:` exactly as `" + author.name() + "`, or delete the profile");
            }
        }
    }
}
