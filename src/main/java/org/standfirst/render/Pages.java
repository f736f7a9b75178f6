package org.standfirst.render;

import java.util.HashMap;
import java.util.Map;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.render.view.PageView;

/**
 * Renders one page with the theme and hands it on; a template that fails becomes a problem.
 * Shared by the article, listing and index renderers.
 */
final class Pages {
    /** A rendered page and where it goes. */
    record Rendered(String sitePath, String html) {
    }

    /** Where rendered pages go (the sink, counted). */
    interface Output {
        void accept(Rendered page);
    }

    private final ThemeEngine theme;
    private final String themeLabel;
    private final Problems problems;
    private final ViewFactory views;
    private final Output out;

    Pages(ThemeEngine theme, String themeLabel, Problems problems, ViewFactory views, Output out) {
        this.theme = theme;
        this.themeLabel = themeLabel;
        this.problems = problems;
        this.views = views;
        this.out = out;
    }

    ViewFactory views() {
        return views;
    }

    Problems problems() {
        return problems;
    }

    /** The variables every page gets: site, page and root. */
    Map<String, Object> context(PageView page, String sitePath) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", views.site());
        context.put("page", page);
        context.put(LinkFilter.ROOT_VARIABLE, rootFor(sitePath));
        return context;
    }

    void render(String template, String sitePath, Map<String, Object> context) {
        String html = html(template, context);
        if (html == null) return;
        out.accept(new Rendered(sitePath, html));
        counted.incrementAndGet();
    }

    /**
     * Renders a page whose input has digest {@code key} (see {@link PageKeys}) and records it in the
     * index for the next build.
     */
    void render(String template, String sitePath, Map<String, Object> context, String key,
                java.util.List<BodyLinks.Resolved> links, PageReuse reuse) {
        String html = html(template, context);
        if (html == null) return;
        reuse.write(sitePath, key, html, links);
        counted.incrementAndGet();
    }

    /** How many pages this has rendered. */
    int counted() {
        return counted.get();
    }

    private final java.util.concurrent.atomic.AtomicInteger counted = new java.util.concurrent.atomic.AtomicInteger();

    /** The page's HTML, or null when the template failed (the failure is reported). */
    private String html(String template, Map<String, Object> context) {
        try {
            return theme.render(template, context);
        } catch (TemplateProblem problem) {
            report(problem);
            return null;
        }
    }

    /** "../" once per folder between the page and the site root. */
    static String rootFor(String sitePath) {
        String file = org.standfirst.assemble.SitePaths.file(sitePath);
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    void report(TemplateProblem problem) {
        problems.add(new Problem(Problem.Severity.ERROR, themeLabel + "/" + problem.template(), problem.line(), 0,
                problem.getMessage(), "fix the template (see the template variables in the README)"));
    }
}
