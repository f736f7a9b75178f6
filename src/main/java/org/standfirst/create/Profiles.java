package org.standfirst.create;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.standfirst.model.Slug;
import org.standfirst.validate.DidYouMean;

/**
 * The author or region profiles in one folder ({@code content/authors/}), for matching the names an
 * editor types. Reads only each profile's {@code name}: a broken profile is the build's business,
 * and is still matched by its file name.
 */
public final class Profiles {
    /** One profile: its id (the file name) and display name. */
    public record Profile(String id, String name) {
    }

    /** How a typed name matched. */
    public sealed interface Match {
        /** A profile with this id or name (any case): write its display name. */
        record Known(Profile profile) implements Match {
        }

        /** No profile, but one is close: probably a typo. */
        record NearMiss(String suggestion) implements Match {
        }

        /** No profile and nothing close: a new name, which still gets a page. */
        record Unknown() implements Match {
        }
    }

    private final List<Profile> profiles;

    private Profiles(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    public static Profiles in(Path folder) throws IOException {
        List<Profile> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String fileName = file.getFileName().toString();
                    if (fileName.startsWith(".") || !fileName.endsWith(".md") || !Files.isRegularFile(file)) continue;
                    String id = Slug.of(fileName.substring(0, fileName.length() - 3));
                    if (!id.isEmpty()) found.add(new Profile(id, name(file).orElse(id)));
                }
            }
        }
        return new Profiles(found);
    }

    public List<Profile> all() {
        return profiles;
    }

    public Optional<Profile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Match match(String typed) {
        String id = Slug.of(typed);
        for (Profile profile : profiles) {
            if (profile.id().equals(id) || profile.name().toLowerCase(Locale.ROOT).equals(typed.strip().toLowerCase(Locale.ROOT))) {
                return new Match.Known(profile);
            }
        }
        Optional<String> near = DidYouMean.closestName(typed.strip(), profiles.stream().map(Profile::name).toList());
        return near.<Match>map(Match.NearMiss::new).orElseGet(Match.Unknown::new);
    }

    private static Optional<String> name(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = text.split("\\R", -1);
            if (lines.length == 0 || !lines[0].strip().equals("---")) return Optional.empty();
            StringBuilder yaml = new StringBuilder();
            for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) yaml.append(lines[i]).append('\n');
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml.toString());
            if (loaded instanceof Map<?, ?> map && map.get("name") instanceof String name && !name.isBlank()) {
                return Optional.of(name.strip());
            }
        } catch (IOException | YamlEngineException | IllegalArgumentException e) {
            // Unreadable or broken: matched by its file name only.
        }
        return Optional.empty();
    }
}
