package org.standfirst.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.render.view.IndexEntry;
import org.standfirst.render.view.IndexGroup;
import org.standfirst.render.view.LinkView;
import org.standfirst.render.view.PageView;

/** The home page, the regions, experts, topics and archive indexes, and the 404 page. */
final class IndexPages {
    private final Site site;
    private final Pages pages;
    private final ViewFactory views;

    IndexPages(Site site, Pages pages) {
        this.site = site;
        this.pages = pages;
        this.views = pages.views();
    }

    void renderAll() {
        Map<String, Integer> regionCounts = new HashMap<>();
        site.regionListings().forEach(l -> regionCounts.put(l.id(), l.pieces().size()));
        List<IndexEntry> regionTree = regionEntries(null, regionCounts, 0);
        String title = site.config().title();

        PageView homePage = views.page("home", title, site.config().tagline(), SitePaths.HOME, List.of(),
                views.metadata().websiteJsonLd(), views.feeds(null, null));
        Map<String, Object> home = pages.context(homePage, SitePaths.HOME);
        HomePage.fill(home, site, views);
        home.put("regions", regionTree);
        home.put("sections", entries(site.typeListings()));
        pages.render("home.peb", SitePaths.HOME, home);

        Map<String, Object> regions = index("regions", "Regions", "Every region and country covered in " + title, SitePaths.REGIONS);
        regions.put("regions", regionTree);
        pages.render("regions.peb", SitePaths.REGIONS, regions);

        Map<String, Object> authors = index("authors", "Experts", "Everyone who writes for " + title, SitePaths.AUTHORS);
        authors.put("groups", authorGroups());
        pages.render("authors.peb", SitePaths.AUTHORS, authors);

        Map<String, Object> topics = index("topics", "Topics", "Every topic covered in " + title, SitePaths.TOPICS);
        topics.put("topics", entries(site.topicListings()));
        pages.render("topics.peb", SitePaths.TOPICS, topics);

        Map<String, Object> archive = index("archive", "Archive", "Every piece in " + title + " by year", SitePaths.ARCHIVE);
        archive.put("years", entries(site.yearListings()));
        archive.put("sections", entries(site.typeListings()));
        pages.render("archive.peb", SitePaths.ARCHIVE, archive);

        if (site.config().search() && pages.theme().exists("search.peb")) {
            pages.render("search.peb", SitePaths.SEARCH, index("search", "Search", "Search " + title, SitePaths.SEARCH));
        }

        PageView notFoundPage = views.page("404", "Page not found", "There is no page at this address.",
                SitePaths.NOT_FOUND, List.of(ViewFactory.home()), "", List.of());
        Map<String, Object> notFound = pages.context(notFoundPage, SitePaths.NOT_FOUND);
        notFound.put(LinkFilter.ROOT_VARIABLE, notFoundRoot(site.config().baseUrl()));
        pages.render("404.peb", SitePaths.NOT_FOUND, notFound);
    }

    private Map<String, Object> index(String kind, String title, String description, String path) {
        List<LinkView> trail = List.of(ViewFactory.home());
        String jsonLd = views.metadata().collectionJsonLd(title, description, path, ViewFactory.crumbs(trail, title, path));
        return pages.context(views.page(kind, title, description, path, trail, jsonLd, views.feeds(null, null)), path);
    }

    /**
     * Hosts serve 404.html at whatever address was missed, so its links cannot be relative: they
     * start from the base URL's path (or the domain root when none is configured).
     */
    static String notFoundRoot(String baseUrl) {
        if (baseUrl.isEmpty()) return "/";
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    private List<IndexGroup> authorGroups() {
        Map<String, Integer> counts = new HashMap<>();
        site.authorListings().forEach(l -> counts.put(l.id(), l.pieces().size()));
        List<IndexGroup> groups = new ArrayList<>();
        List<IndexEntry> current = null;
        String heading = null;
        for (Author author : site.authors()) {
            String sortName = author.sortName();
            String letter = sortName.isEmpty() ? "#" : sortName.substring(0, sortName.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
            if (!letter.equals(heading)) {
                if (current != null) groups.add(new IndexGroup(heading, current));
                heading = letter;
                current = new ArrayList<>();
            }
            current.add(new IndexEntry(author.name(), ViewFactory.url(SitePaths.author(author.id())), author.role(),
                    counts.getOrDefault(author.id(), 0), List.of()));
        }
        if (current != null) groups.add(new IndexGroup(heading, current));
        return groups;
    }

    private List<IndexEntry> regionEntries(String parentId, Map<String, Integer> counts, int depth) {
        if (depth > site.regions().size()) return List.of();
        List<Region> candidates = parentId == null ? site.topLevelRegions() : site.regions();
        return candidates.stream()
                .filter(r -> parentId == null || parentId.equals(r.parentId()))
                .map(r -> new IndexEntry(r.name(), ViewFactory.url(SitePaths.region(r.id())), r.description(),
                        counts.getOrDefault(r.id(), 0), regionEntries(r.id(), counts, depth + 1)))
                .toList();
    }

    private static List<IndexEntry> entries(List<Listing> listings) {
        return listings.stream().map(l -> new IndexEntry(l.name(), ViewFactory.url(l.path()), "", l.pieces().size(),
                List.of())).toList();
    }
}
