package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standfirst.model.Author;
import org.standfirst.model.Piece;
import org.standfirst.model.Problems;
import org.standfirst.model.Redirect;
import org.standfirst.model.Region;
import org.standfirst.validate.ValidContent;

/**
 * Every old address of the site and where it now leads: the aliases of pieces, authors and regions,
 * and the lines of redirects.csv, whose targets may be site paths or content files. Two sources
 * claiming one old address is an error naming both.
 */
final class RedirectCollector {
    private final Problems problems;

    RedirectCollector(Problems problems) {
        this.problems = problems;
    }

    List<Redirect> collect(ValidContent content, List<Piece> pieces, List<Author> authors, List<Region> regions) {
        List<Redirect> out = new ArrayList<>();
        for (Piece piece : pieces) {
            for (String alias : piece.article().extras().aliases()) {
                out.add(new Redirect(alias, piece.path(), piece.article().source().atLine(1)));
            }
        }
        for (Author author : authors) {
            for (String alias : author.aliases()) out.add(new Redirect(alias, SitePaths.author(author.id()), author.profile().atLine(1)));
        }
        for (Region region : regions) {
            for (String alias : region.aliases()) {
                out.add(new Redirect(alias, SitePaths.region(region.id()), region.profile().atLine(1)));
            }
        }
        Map<String, String> pageBySource = new HashMap<>();
        for (Piece piece : pieces) pageBySource.put(piece.article().source().path(), piece.path());
        for (Redirect line : content.redirects()) {
            String target = line.to();
            if (target.startsWith("/")) {
                out.add(new Redirect(line.from(), target.substring(1), line.source()));
            } else if (pageBySource.containsKey(target)) {
                out.add(new Redirect(line.from(), pageBySource.get(target), line.source()));
            } else if (content.files().contains(target) && target.endsWith(".md")) {
                problems.warning(line.source(), "`" + target + "` is not published in this build (a draft or a future piece)",
                        "the redirect is left out until the piece is published");
            } else {
                problems.error(line.source(), "the target `" + target + "` is neither a site path nor a piece",
                        "write a site path starting with `/` (e.g. `/commentary/mosul/`) or a content file such as `commentary/2014-06-17-mosul.md`");
            }
        }
        out.sort(Comparator.comparing(Redirect::from).thenComparing(r -> r.source().path()));
        // "/x" and "/x/" are one address to a static host (one redirect page answers both): the same
        // address leading to the same page twice is kept once; leading to two pages is an error.
        Map<String, Redirect> byAddress = new HashMap<>();
        List<Redirect> unique = new ArrayList<>();
        for (Redirect redirect : out) {
            String address = SitePaths.redirectFile(redirect.from());
            Redirect earlier = byAddress.putIfAbsent(address == null ? redirect.from() : address, redirect);
            if (earlier == null) {
                unique.add(redirect);
            } else if (!earlier.to().equals(redirect.to())) {
                problems.error(redirect.source(), "the old address `" + redirect.from() + "` is also claimed by "
                        + earlier.source(), "keep it in one place only");
            }
        }
        return unique;
    }
}
