package org.standfirst.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses output folders whose replacement would destroy something: the file-system root, the home
 * folder, the working folder or any folder above it, a repository root, or a folder that is or holds
 * the content or templates.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    static void check(Path output, List<Path> sources) throws UnsafeOutput {
        Path out = canonical(output);
        if (out.getParent() == null) throw new UnsafeOutput("the output folder is the file-system root");
        Path home = canonical(Path.of(System.getProperty("user.home")));
        if (out.equals(home)) throw new UnsafeOutput("the output folder is your home folder");
        Path cwd = canonical(Path.of(""));
        if (cwd.startsWith(out)) throw new UnsafeOutput("the output folder holds the current folder");
        if (Files.exists(out.resolve(".git")) || Files.exists(out.resolve("pom.xml"))) {
            throw new UnsafeOutput("the output folder looks like a project (it has .git or pom.xml)");
        }
        for (Path source : sources) {
            Path src = canonical(source);
            if (src.startsWith(out)) throw new UnsafeOutput("the output folder is or holds " + source);
            if (out.startsWith(src)) throw new UnsafeOutput("the output folder is inside " + source);
        }
    }

    /** The real path where it exists; else the real path of the nearest existing parent plus the rest. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
