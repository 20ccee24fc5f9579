package dev.linkedinoauth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What {@code --version} prints: the project version baked in at build time, and the Java that runs it. */
final class Version {

    private Version() {
    }

    static String[] lines() {
        return new String[] {
            "linkedin-oauth " + projectVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        };
    }

    static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A missing version is cosmetic; never fail --version over it.
        }
        return properties.getProperty("version", "unknown");
    }

    /** {@code linkedin-oauth --version} (or {@code -V}) and nothing else. */
    static boolean isTheOnlyArgument(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
