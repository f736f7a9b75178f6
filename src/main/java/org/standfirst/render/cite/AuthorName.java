package org.standfirst.render.cite;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** An author as a reference list treats it: a person, whose name is inverted, or a group, written as is. */
sealed interface AuthorName permits AuthorName.Person, AuthorName.Group {

    /** Words that make a name an organisation's; surnames that clash ("Robert Service") are left out. */
    Set<String> GROUP_WORDS = Set.of("Institute", "Institution", "Centre", "Center", "Council", "Foundation",
            "Forum", "Programme", "Program", "Initiative", "Network", "University", "Committee", "Commission",
            "Ministry", "Agency", "Association", "Society", "Secretariat", "Bureau", "Alliance", "Coalition",
            "Consortium", "Partnership", "Observatory", "Organisation", "Organization", "Project", "Team",
            "Staff", "Editors", "Desk", "Unit", "Department", "Office", "Group", "Trust", "Inc.", "Ltd", "Ltd.",
            "LLC");
    /** "Council on Foreign Relations", "Friends of the Earth", "The Economist", "AT&T", "G20". */
    Pattern GROUP_SHAPE = Pattern.compile("^The |\\s(of|for|on|and)\\s|&|\\d");

    record Person(PersonName name) implements AuthorName {
    }

    record Group(String name) implements AuthorName {
    }

    /** The non-blank authors of a piece in their order. */
    static List<AuthorName> of(CitationInput input) {
        return input.authors().stream().filter(name -> !name.isBlank())
                .map(name -> of(name, input.publisher())).toList();
    }

    /**
     * A person unless the name is the publisher's or looks like an organisation's. Erring towards a group
     * is safe: a group is printed exactly as written.
     */
    static AuthorName of(String written, String publisher) {
        String name = Spaces.collapse(written);
        if (name.contains(",")) return new Person(PersonName.parse(name));
        if (name.equalsIgnoreCase(publisher.strip()) || GROUP_SHAPE.matcher(name).find()
                || List.of(name.split(" ")).stream().anyMatch(GROUP_WORDS::contains)) {
            return new Group(name);
        }
        return new Person(PersonName.parse(name));
    }
}
