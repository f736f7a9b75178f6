package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.standfirst.create.NewContent;
import org.standfirst.create.Profiles;
import org.standfirst.load.ContentLoader;
import org.standfirst.model.Slug;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a new piece as a draft, with complete front matter, under content/<type>/.",
                "Author and region names are matched against the profiles in content/authors/ and content/regions/; "
                        + "a near miss is refused with a suggestion.",
                "`new author NAME` and `new region NAME` write a profile instead. Existing files are never overwritten."},
        subcommands = {NewCommand.Author.class, NewCommand.Region.class})
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TITLE", description = "The piece's headline.")
    String title;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive's content folder (default: ${DEFAULT-VALUE}).", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path content;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "Commentary",
            description = "The publication type (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--author", paramLabel = "NAME", description = "An author; repeat for several.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--region", paramLabel = "NAME", description = "A region; repeat for several.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date (default: today).")
    LocalDate date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (title == null || title.isBlank()) {
            err.println("standfirst new: give the piece's title, e.g. standfirst new \"Mosul and the Hollow Army\" "
                    + "— or `new author NAME` / `new region NAME` for a profile");
            return ExitCodes.USAGE;
        }
        if (Slug.of(title).isEmpty() || Slug.of(type).isEmpty()) {
            err.println("standfirst new: the " + (Slug.of(title).isEmpty() ? "title" : "type")
                    + " has no letters or digits, so it gives no file name — write it in words");
            return ExitCodes.USAGE;
        }
        List<String> authorNames = match(Profiles.in(content.resolve(ContentLoader.AUTHORS)), authors, "author", err);
        List<String> regionNames = match(Profiles.in(content.resolve(ContentLoader.REGIONS)), regions, "region", err);
        if (authorNames == null || regionNames == null) return ExitCodes.PROBLEMS;
        NewContent.Piece piece = new NewContent.Piece(title.strip(), date == null ? LocalDate.now() : date, type.strip(),
                authorNames, regionNames);
        NewContent writer = new NewContent(content);
        try {
            String path = writer.writePiece(piece);
            out.println("Wrote " + content.resolve(path) + " as a draft: preview it with `standfirst serve --drafts`, "
                    + "and delete its `draft: true` line to publish it.");
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println(content.resolve(writer.piecePath(piece)) + ": already exists, and is left as it is "
                    + "— edit it, or give the new piece another title or --date");
            return ExitCodes.PROBLEMS;
        }
    }

    /** The names as the profiles spell them; null (after saying why) when one looks like a typo. */
    static List<String> match(Profiles profiles, List<String> typed, String what, PrintWriter err) {
        List<String> names = new ArrayList<>();
        boolean ok = true;
        for (String name : typed) {
            Profiles.Match match = profiles.match(name);
            if (match instanceof Profiles.Match.Known known) {
                names.add(known.profile().name());
            } else if (match instanceof Profiles.Match.NearMiss near) {
                err.println("--" + what + " " + name + ": there is no " + what + " profile by that name — did you mean `"
                        + near.suggestion() + "`? If not, create the profile first: standfirst new " + what + " \"" + name + "\"");
                ok = false;
            } else {
                err.println("note: no " + what + " profile for `" + name + "` yet; the piece still gets a page for it "
                        + "— add one with: standfirst new " + what + " \"" + name + "\"");
                names.add(name.strip());
            }
        }
        err.flush();
        return ok ? names : null;
    }

    @Command(name = "author", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Write an author profile, content/authors/<id>.md.")
    static final class Author implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The author's display name.")
        String name;

        @ParentCommand
        NewCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return profile(spec, parent.content, ContentLoader.AUTHORS, "author", name, null);
        }
    }

    @Command(name = "region", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Write a region profile, content/regions/<id>.md.")
    static final class Region implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The region's display name.")
        String name;

        @Option(names = "--parent", paramLabel = "REGION", description = "The enclosing region, by name or id.")
        String parentRegion;

        @ParentCommand
        NewCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return profile(spec, parent.content, ContentLoader.REGIONS, "region", name, parentRegion);
        }
    }

    private static int profile(CommandSpec spec, Path content, String folder, String what, String name, String parentName)
            throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String id = Slug.of(name);
        if (id.isEmpty()) {
            err.println("standfirst new " + what + ": the name has no letters or digits — write the " + what + "'s name in words");
            return ExitCodes.USAGE;
        }
        Profiles profiles = Profiles.in(content.resolve(folder));
        Path file = content.resolve(folder).resolve(id + ".md");
        if (profiles.byId(id).isPresent()) {
            err.println(file + ": already exists, and is left as it is — edit it to change the profile");
            return ExitCodes.PROBLEMS;
        }
        if (profiles.match(name) instanceof Profiles.Match.NearMiss near) {
            err.println("note: there is already a " + what + " called `" + near.suggestion()
                    + "`; if you meant that one, delete the new file and use the existing profile");
        }
        String parentId = null;
        if (parentName != null) {
            Profiles.Match parent = profiles.match(parentName);
            if (parent instanceof Profiles.Match.Known known) {
                parentId = known.profile().id();
            } else {
                err.println("--parent " + parentName + ": there is no region profile by that name"
                        + (parent instanceof Profiles.Match.NearMiss near ? " — did you mean `" + near.suggestion() + "`?"
                        : " — create it first with: standfirst new region \"" + parentName + "\""));
                return ExitCodes.PROBLEMS;
            }
        }
        NewContent writer = new NewContent(content);
        try {
            String path = folder.equals(ContentLoader.AUTHORS) ? writer.writeAuthor(name.strip()) : writer.writeRegion(name.strip(), parentId);
            out.println("Wrote " + content.resolve(path) + ".");
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println(file + ": already exists, and is left as it is — edit it to change the profile");
            return ExitCodes.PROBLEMS;
        }
    }
}
