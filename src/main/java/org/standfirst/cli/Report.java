package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standfirst.model.Problem;
import org.standfirst.model.Problems;
import org.standfirst.model.Site;

/** Prints problems the same way for every command: one line each, sorted, then a count. */
final class Report {
    private Report() {
    }

    static void problems(Problems problems, PrintWriter err) {
        List<Problem> all = problems.sorted();
        for (Problem problem : all) err.println(problem.format());
        if (!all.isEmpty()) err.println(count(problems.errorCount(), "error") + ", " + count(problems.warningCount(), "warning"));
        err.flush();
    }

    /** " (2 drafts and 1 future piece held back)", or "" when nothing was. */
    static String heldBack(Site.HeldBack held) {
        if (held.total() == 0) return "";
        List<String> parts = new ArrayList<>();
        if (held.drafts() > 0) parts.add(count(held.drafts(), "draft"));
        if (held.future() > 0) parts.add(count(held.future(), "future piece"));
        return " (" + String.join(" and ", parts) + " held back)";
    }

    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s"); // 13,903, as the docs write it
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
