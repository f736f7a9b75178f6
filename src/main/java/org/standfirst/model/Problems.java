package org.standfirst.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects every problem of a run so they can be reported together. Safe to share between the
 * threads of one stage; duplicates (the same template error on a thousand pages) are kept once.
 */
public final class Problems {
    private final Set<Problem> problems = new TreeSet<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void error(SourceLocation at, String message, String hint) {
        add(Problem.error(at, message, hint));
    }

    public void warning(SourceLocation at, String message, String hint) {
        add(Problem.warning(at, message, hint));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public synchronized long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return problems.size() - errorCount();
    }

    /** Every problem, sorted by path, line and column. */
    public synchronized List<Problem> sorted() {
        return List.copyOf(new ArrayList<>(problems));
    }
}
