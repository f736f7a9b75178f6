package org.standfirst.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** An article's digest stands for all of it: pages are kept or rendered again by it. */
class ArticleDigestTest {
    private static final Article BASE = new Article(new SourceLocation("commentary/2014-06-17-mosul.md", 1), "commentary",
            "mosul", "Mosul and the Hollow Army", LocalDate.of(2014, 6, 17), null, "Why Iraq's forces collapsed.",
            "Commentary", List.of("Amira Haddad"), List.of("Iraq"), List.of("Security"),
            new Article.Image("map.jpg", "A map", "The front line", ""), null, false,
            Path.of("content/commentary/2014-06-17-mosul.md"), 7, "ab".repeat(32), false, Article.Extras.NONE, "");

    @Test
    void theDigestIsMadeFromTheOtherComponentsAndOnlyFromThem() {
        Article digested = BASE.digested();
        assertThat(digested.digest()).matches("[0-9a-f]{64}");
        assertThat(digested.digested()).isEqualTo(digested);
        assertThat(with(a -> a).digest()).isEqualTo(digested.digest());
    }

    @Test
    void everyChangeATemplateCouldShowChangesTheDigest() {
        List<UnaryOperator<Article>> changes = List.of(
                a -> copy(a, "Mosul Revisited", a.summary(), a.regions(), a.image(), a.updated(), a.bodyDigest(), a.extras()),
                a -> copy(a, a.title(), "Another standfirst.", a.regions(), a.image(), a.updated(), a.bodyDigest(), a.extras()),
                a -> copy(a, a.title(), a.summary(), List.of("Iraq", "Syria"), a.image(), a.updated(), a.bodyDigest(), a.extras()),
                a -> copy(a, a.title(), a.summary(), a.regions(), new Article.Image("map.jpg", "A map", "The new front line", ""),
                        a.updated(), a.bodyDigest(), a.extras()),
                a -> copy(a, a.title(), a.summary(), a.regions(), a.image(), LocalDate.of(2015, 1, 1), a.bodyDigest(), a.extras()),
                a -> copy(a, a.title(), a.summary(), a.regions(), a.image(), a.updated(), "cd".repeat(32), a.extras()),
                a -> copy(a, a.title(), a.summary(), a.regions(), a.image(), a.updated(), a.bodyDigest(),
                        new Article.Extras(List.of(), "", null, new Article.Correction(LocalDate.of(2015, 2, 1), "Corrected."), 0)));
        String base = BASE.digested().digest();
        for (UnaryOperator<Article> change : changes) {
            assertThat(with(change).digest()).isNotEqualTo(base);
        }
    }

    private static Article with(UnaryOperator<Article> change) {
        return change.apply(BASE).digested();
    }

    private static Article copy(Article a, String title, String summary, List<String> regions, Article.Image image,
                                LocalDate updated, String bodyDigest, Article.Extras extras) {
        return new Article(a.source(), a.folder(), a.slug(), title, a.date(), a.time(), summary, a.type(), a.authors(),
                regions, a.topics(), image, updated, a.draft(), a.file(), a.bodyLine(), bodyDigest, a.bundle(), extras,
                "");
    }
}
