package org.standfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into version.properties at build time, and the Java that runs it, with the
 * options the jar or the distribution's script added (see {@link JarLauncher}): what a bug report needs.
 */
final class Version implements IVersionProvider {
    /** This Standfirst's version, or "(development build)" when Maven did not write it. */
    static String number() {
        String version = properties().getProperty("version", "");
        return version.isEmpty() || version.startsWith("$") ? "(development build)" : version;
    }

    /** The GitHub repository ({@code owner/name}) whose releases hold Standfirst's distribution. */
    static String repository() {
        return properties().getProperty("repository", "standfirst/standfirst");
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/standfirst/version.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // no version to show
        }
        return properties;
    }

    @Override
    public String[] getVersion() {
        String added = System.getProperty(JarLauncher.LAUNCHED);
        List<String> preset = JarLauncher.preset();
        String options = added != null && (added.equals("none") || added.startsWith("-")) ? ", options added by the jar: " + added
                : added == null && !preset.isEmpty() ? ", options added by bin/standfirst: " + String.join(" ", preset) : "";
        return new String[] {"Standfirst " + number(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")" + options};
    }
}
