package org.standfirst.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.standfirst.assemble.Pagination;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Author;
import org.standfirst.model.Listing;
import org.standfirst.model.Params;
import org.standfirst.model.Region;
import org.standfirst.model.Site;
import org.standfirst.render.view.AuthorProfile;
import org.standfirst.render.view.LinkView;
import org.standfirst.render.view.ListingView;
import org.standfirst.render.view.PageView;
import org.standfirst.render.view.PaginationView;

/** Every page of the region, author, topic, type and year listings. */
final class ListingPages {
    private final Site site;
    private final Pages pages;
    private final PageReuse reuse;
    private final AtomicInteger kept;

    /** @param kept counts the pages kept from the last build */
    ListingPages(Site site, Pages pages, PageReuse reuse, AtomicInteger kept) {
        this.site = site;
        this.pages = pages;
        this.reuse = reuse;
        this.kept = kept;
    }

    /** One task per listing, to run in parallel. */
    List<Runnable> tasks() {
        List<Runnable> tasks = new ArrayList<>();
        site.regionListings().forEach(l -> tasks.add(() -> render(l, "region.peb")));
        site.authorListings().forEach(l -> tasks.add(() -> render(l, "author.peb")));
        for (List<Listing> group : List.of(site.topicListings(), site.typeListings(), site.yearListings())) {
            group.forEach(l -> tasks.add(() -> render(l, "listing.peb")));
        }
        return tasks;
    }

    private void render(Listing listing, String template) {
        int size = site.config().pageSize();
        int total = Pagination.pageCount(listing.pieces().size(), size);
        Author author = listing.kind() == Listing.Kind.AUTHOR
                ? site.authors().stream().filter(a -> a.id().equals(listing.id())).findFirst().orElseThrow() : null;
        List<PageReuse.ListingPage> changed = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            var input = new PageReuse.ListingPage(listing, template, n, total, Pagination.page(listing.pieces(), size, n), author);
            if (reuse.keep(input, List.of(SitePaths.page(listing.path(), n)))) kept.incrementAndGet();
            else changed.add(input);
        }
        if (!changed.isEmpty()) render(listing, template, author, changed);
    }

    /** Renders the listing's pages that were not kept. */
    private void render(Listing listing, String template, Author author, List<PageReuse.ListingPage> numbers) {
        ViewFactory views = pages.views();
        int size = site.config().pageSize();
        int total = Pagination.pageCount(listing.pieces().size(), size);
        String kind = listing.kind().name().toLowerCase(Locale.ROOT);
        List<LinkView> trail = new ArrayList<>(List.of(ViewFactory.home()));
        LinkView parent = null;
        List<LinkView> children = List.of();
        String description = "";
        Params params = Params.NONE;
        switch (listing.kind()) {
            case REGION -> {
                Region region = regionById(listing.id());
                description = region.description();
                params = region.params();
                trail.add(new LinkView("Regions", ViewFactory.url(SitePaths.REGIONS)));
                List<Region> ancestors = ancestors(region);
                for (Region above : ancestors) trail.add(new LinkView(above.name(), ViewFactory.url(SitePaths.region(above.id()))));
                if (!ancestors.isEmpty()) parent = trail.get(trail.size() - 1);
                children = site.regions().stream().filter(r -> region.id().equals(r.parentId()))
                        .map(r -> new LinkView(r.name(), ViewFactory.url(SitePaths.region(r.id())))).toList();
            }
            case AUTHOR -> {
                description = author.role();
                trail.add(new LinkView("Experts", ViewFactory.url(SitePaths.AUTHORS)));
            }
            case TOPIC -> trail.add(new LinkView("Topics", ViewFactory.url(SitePaths.TOPICS)));
            case YEAR -> trail.add(new LinkView("Archive", ViewFactory.url(SitePaths.ARCHIVE)));
            case TYPE -> { }
        }
        AuthorProfile profile = author == null ? null : views.profile(author);
        List<LinkView> feeds = listing.kind() == Listing.Kind.YEAR ? views.feeds(null, null) : views.feeds(listing.path(), listing.name());
        for (PageReuse.ListingPage input : numbers) {
            int n = input.number();
            String path = SitePaths.page(listing.path(), n);
            String title = n == 1 ? listing.name() : listing.name() + " (page " + n + " of " + total + ")";
            String summary = !description.isEmpty() ? description : listing.pieces().size() + " pieces: " + listing.name();
            List<LinkView> pageTrail = n == 1 ? trail : withSelf(trail, listing);
            var crumbs = ViewFactory.crumbs(pageTrail, title, path);
            String jsonLd = author != null
                    ? views.metadata().profileJsonLd(author, profile.photo(), crumbs)
                    : views.metadata().collectionJsonLd(title, summary, path, crumbs);
            PageView page = views.page(kind, title, summary, path, pageTrail, jsonLd, feeds);
            Map<String, Object> context = pages.context(page, path);
            context.put("listing", new ListingView(kind, listing.name(), description, parent, children,
                    views.summaries(Pagination.page(listing.pieces(), size, n)), listing.pieces().size(),
                    pagination(listing.path(), n, total), profile, params));
            pages.render(template, path, context, input, List.of(), reuse);
        }
    }

    private static List<LinkView> withSelf(List<LinkView> trail, Listing listing) {
        List<LinkView> out = new ArrayList<>(trail);
        out.add(ViewFactory.link(listing));
        return out;
    }

    private Region regionById(String id) {
        return site.regions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Region> ancestors(Region region) {
        List<Region> out = new ArrayList<>();
        Region current = region;
        while (current.parentId() != null && out.size() < site.regions().size()) {
            String parentId = current.parentId();
            current = site.regions().stream().filter(r -> r.id().equals(parentId)).findFirst().orElse(null);
            if (current == null) break;
            out.add(0, current);
        }
        return out;
    }

    static PaginationView pagination(String base, int current, int total) {
        List<PaginationView.PageLink> links = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            links.add(new PaginationView.PageLink(n, ViewFactory.url(SitePaths.page(base, n)), n == current));
        }
        return new PaginationView(current, total,
                current > 1 ? ViewFactory.url(SitePaths.page(base, current - 1)) : "",
                current < total ? ViewFactory.url(SitePaths.page(base, current + 1)) : "", links);
    }
}
