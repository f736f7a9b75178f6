package org.standfirst.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standfirst.load.SourceDocument;
import org.standfirst.model.Author;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;
import org.standfirst.model.Slug;

/** Reads author and region profiles; the file name (as a slug) is the profile's id. */
final class ProfileReader {
    private static final Set<String> AUTHOR_KEYS = Set.of("id", "name", "role", "photo", "sort_name", "aliases",
            "other_names", FrontMatter.PARAMS);
    private static final Set<String> REGION_KEYS = Set.of("id", "name", "description", "parent", "aliases",
            "other_names", FrontMatter.PARAMS);

    private final Set<String> files;
    private final Problems problems;

    ProfileReader(Set<String> files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    Optional<Author> author(SourceDocument document) {
        Optional<FrontMatter> parsed = FrontMatter.parse(document, problems);
        Optional<String> id = id(document);
        if (parsed.isEmpty() || id.isEmpty()) return Optional.empty();
        FrontMatter yaml = parsed.get();
        yaml.rejectUnknownKeys(AUTHOR_KEYS);
        if (!idMatches(yaml, id.get())) return Optional.empty();
        Optional<String> name = yaml.requiredText("name", "add `name: Full Name` to the profile");
        if (name.isEmpty()) return Optional.empty();
        String photo = yaml.text("photo").filter(p -> !p.isBlank()).orElse(null);
        if (photo != null && !photoExists(photo, yaml)) photo = null;
        return Optional.of(new Author(id.get(), name.get(),
                yaml.text("sort_name").orElse(Author.defaultSortName(name.get())),
                yaml.text("role", ""), photo, document.body().strip(), document.bodyLine(), document.source(),
                AliasRules.read(yaml, problems), otherNames(yaml), yaml.params(FrontMatter.PARAMS)));
    }

    Optional<Region> region(SourceDocument document) {
        Optional<FrontMatter> parsed = FrontMatter.parse(document, problems);
        Optional<String> id = id(document);
        if (parsed.isEmpty() || id.isEmpty()) return Optional.empty();
        FrontMatter yaml = parsed.get();
        yaml.rejectUnknownKeys(REGION_KEYS);
        if (!idMatches(yaml, id.get())) return Optional.empty();
        Optional<String> name = yaml.requiredText("name", "add `name: Region name` to the profile");
        if (name.isEmpty()) return Optional.empty();
        String parent = yaml.text("parent").filter(p -> !p.isBlank()).map(Slug::of).orElse(null);
        return Optional.of(new Region(id.get(), name.get(), yaml.text("description", ""), parent,
                document.source().atLine(parent == null ? 1 : yaml.at("parent").line()), AliasRules.read(yaml, problems),
                otherNames(yaml), yaml.params(FrontMatter.PARAMS)));
    }

    /** Other spellings pieces may write for this profile's name (old transliterations, a maiden name). */
    private List<String> otherNames(FrontMatter yaml) {
        return yaml.textList("other_names").stream().map(FrontMatter.Named::name).distinct().toList();
    }

    /** An `id:` key may repeat the file name (some exports write it); it may not contradict it. */
    private boolean idMatches(FrontMatter yaml, String id) {
        String written = yaml.text("id", id);
        if (written.equals(id)) return true;
        problems.error(yaml.at("id"), "`id: " + written + "` does not match the file name, which gives `" + id + "`",
                "remove the `id:` line, or rename the file to " + written + ".md");
        return false;
    }

    private boolean photoExists(String photo, FrontMatter yaml) {
        if (UrlRules.isHttpUrl(photo)) return true;
        String file = photo.startsWith("/") && UrlRules.isSiteRelative(photo) ? "static" + photo
                : UrlRules.isSafePath(photo) ? "authors/" + photo : null;
        if (file == null) {
            problems.error(yaml.at("photo"), "`photo: " + photo + "` is not allowed",
                    "use a file name in content/authors/, a site path such as `/images/x.jpg`, or an http(s) URL");
            return false;
        }
        if (!files.contains(file)) {
            problems.error(yaml.at("photo"), "the photo `" + photo + "` does not exist", "put the file at content/" + file);
            return false;
        }
        return true;
    }

    private Optional<String> id(SourceDocument document) {
        String name = document.path().substring(document.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String id = Slug.of(name);
        if (id.isEmpty()) {
            problems.error(document.source(), "the file name `" + name + "` gives no id for the profile",
                    "name the file after the person or region, e.g. `amira-haddad.md`");
            return Optional.empty();
        }
        return Optional.of(id);
    }
}
