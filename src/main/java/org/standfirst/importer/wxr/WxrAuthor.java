package org.standfirst.importer.wxr;

/** An author block of the export ({@code <wp:author>}). */
public record WxrAuthor(String login, String displayName, String firstName, String lastName, String description) {
    /** The name readers see: the display name, else first and last name, else the login. */
    public String name() {
        if (!displayName.isBlank()) return displayName.strip();
        String full = (firstName.strip() + " " + lastName.strip()).strip();
        return full.isEmpty() ? login.strip() : full;
    }
}
