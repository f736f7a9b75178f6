package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.List;
import org.standfirst.load.LoadedContent;
import org.standfirst.model.Article;
import org.standfirst.model.Piece;
import org.standfirst.model.Site;
import org.standfirst.validate.UrlRules;
import org.standfirst.validate.ValidContent;

/**
 * The files copied into the site: {@code static/} to the root, each article's own images beside its
 * page (and every file of a page bundle, i.e. a folder holding {@code index.md}), author photos
 * beside their profile pages.
 */
final class AssetCollector {
    private final ValidContent content;

    AssetCollector(ValidContent content) {
        this.content = content;
    }

    List<Site.Asset> collect(List<Piece> pieces) {
        List<Site.Asset> assets = new ArrayList<>();
        for (LoadedContent.StaticFile file : content.staticFiles()) {
            assets.add(new Site.Asset(file.file(), file.sitePath()));
        }
        for (Piece piece : pieces) {
            Article article = piece.article();
            if (article.bundle()) {
                String prefix = article.folder() + "/";
                for (String file : content.files().subSet(prefix, prefix + Character.MAX_VALUE)) {
                    if (file.startsWith(prefix) && !file.endsWith(".md")) {
                        assets.add(new Site.Asset(content.root().resolve(file), piece.path() + file.substring(prefix.length())));
                    }
                }
            } else {
                if (article.image() != null) besidePage(assets, piece, article.image().path());
                if (article.extras().pdf() != null) besidePage(assets, piece, article.extras().pdf().path());
            }
        }
        content.authors().forEach(author -> {
            if (author.photo() != null && isLocal(author.photo())) {
                assets.add(new Site.Asset(content.root().resolve("authors/" + author.photo()),
                        SitePaths.author(author.id()) + author.photo()));
            }
        });
        return assets;
    }

    /** Copies a file named relative to the article next to its page. */
    private void besidePage(List<Site.Asset> assets, Piece piece, String path) {
        if (!isLocal(path)) return;
        String folder = piece.article().folder();
        String file = folder.isEmpty() ? path : folder + "/" + path;
        assets.add(new Site.Asset(content.root().resolve(file), piece.path() + path));
    }

    /** A path relative to the source file (not a site path and not a URL). */
    static boolean isLocal(String path) {
        return !path.startsWith("/") && !UrlRules.isHttpUrl(path);
    }
}
