package org.standfirst.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.standfirst.assemble.SitePaths;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.render.view.PageView;

/**
 * Renders one page with the theme and hands it to the sink; a template that fails becomes a problem.
 * Shared by the article, listing and index renderers.
 */
final class Pages {
    private final ThemeEngine theme;
    private final String themeLabel;
    private final Problems problems;
    private final ViewFactory views;
    private final PageSink sink;
    private final AtomicInteger counted = new AtomicInteger();

    ThemeEngine theme() {
        return theme;
    }

    Pages(ThemeEngine theme, String themeLabel, Problems problems, ViewFactory views, PageSink sink) {
        this.theme = theme;
        this.themeLabel = themeLabel;
        this.problems = problems;
        this.views = views;
        this.sink = sink;
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

    /** Renders a page that is made afresh in every build (the home page, the indexes). */
    void render(String template, String sitePath, Map<String, Object> context) {
        String html = html(template, context);
        if (html == null) return;
        sink.page(sitePath, html);
        counted.incrementAndGet();
    }

    /** Renders a page made from {@code input}, and tells {@code reuse} it was made. */
    void render(String template, String sitePath, Map<String, Object> context, PageReuse.Input input,
                List<ResolvedLink> links, PageReuse reuse) {
        String html = html(template, context);
        if (html == null) return;
        write(sitePath, html, input, links, reuse);
        counted.incrementAndGet();
    }

    /** Writes a file made from {@code input} (not counted as a page), and tells {@code reuse} it was made. */
    void write(String sitePath, String content, PageReuse.Input input, List<ResolvedLink> links, PageReuse reuse) {
        sink.page(sitePath, content);
        reuse.made(input, sitePath, links);
    }

    /** How many pages this has rendered. */
    int counted() {
        return counted.get();
    }

    /** The page's HTML, or null when the template failed (the failure is reported). */
    private String html(String template, Map<String, Object> context) {
        try {
            return theme.render(template, context);
        } catch (TemplateProblem problem) {
            report(problems, theme, themeLabel, problem);
            return null;
        }
    }

    /** "../" once per folder between the page and the site root. */
    static String rootFor(String sitePath) {
        String file = SitePaths.file(sitePath);
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** Reports a template problem at the file that has it: in the templates folder, or the built-in theme. */
    static void report(Problems problems, ThemeEngine theme, String themeLabel, TemplateProblem problem) {
        problems.add(new Problem(Problem.Severity.ERROR, theme.files().label(themeLabel, problem.template()), problem.line(), 0,
                problem.getMessage(), "fix the template (see docs/themes.md for the template variables)"));
    }
}
