package org.standfirst.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Article;
import org.standfirst.model.Problem;

/**
 * What the validate stage lets an incremental build remember between builds: each article file as
 * validated, reused while the file and every other file its reading looked at are as they were. The
 * default remembers nothing, so every article is read.
 */
public interface ArticleMemo {
    /** Remembers nothing: a build without a cache. */
    ArticleMemo NONE = new ArticleMemo() {
    };

    /**
     * What one article file gave: its article (none when it had errors) and what reading it reported,
     * sorted. Reused articles report their warnings again, so messages never differ from a clean build.
     */
    record Outcome(Optional<Article> article, List<Problem> problems, boolean reused) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One answer the reader was given about another file of the content folder.
     *
     * @param bytes the file's size when that was asked, else {@link #NOT_ASKED}
     */
    record Lookup(String path, boolean exists, long bytes) {
        public static final long NOT_ASKED = -1;

        /** Asking again now would give the same answer. */
        public boolean holds(Path root, Set<String> files) {
            if (files.contains(path) != exists) return false;
            if (bytes == NOT_ASKED) return true;
            try {
                return Files.size(root.resolve(path)) == bytes;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** The outcome remembered for {@code file}, if it still holds for the content folder's files now. */
    default Optional<Outcome> recall(LoadedContent.ArticleFile file, Path root, Set<String> files) {
        return Optional.empty();
    }

    /** A file read afresh: remembered for the next build when it gave an article and no error. */
    default Outcome remember(LoadedContent.ArticleFile file, Optional<Article> article, List<Problem> problems,
                             List<Lookup> lookups) {
        return new Outcome(article, problems, false);
    }

    /** Every file has been recalled or remembered: what is remembered now stands for the next build. */
    default void finish() {
    }
}
