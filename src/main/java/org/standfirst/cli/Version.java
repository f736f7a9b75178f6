package org.standfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into version.properties at build time, and the Java that runs it, with the
 * options the jar added (see {@link JarLauncher}): what a bug report needs.
 */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/standfirst/version.properties")) {
            if (in != null) properties.load(in);
        }
        String added = System.getProperty(JarLauncher.LAUNCHED);
        return new String[] {"Standfirst " + properties.getProperty("version", "(development build)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
                        + (added == null || !(added.equals("none") || added.startsWith("-")) ? ""
                                : ", options added by the jar: " + added)};
    }
}
