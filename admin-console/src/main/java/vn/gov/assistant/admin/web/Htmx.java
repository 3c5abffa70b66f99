package vn.gov.assistant.admin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the htmx webjar in the jar is served, found from the webjar's own version file. */
final class Htmx {

    private static final String POM = "/META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    /** The script's path, e.g. {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}. */
    static final String SCRIPT = "/webjars/htmx.org/" + version() + "/dist/htmx.min.js";

    private Htmx() {}

    private static String version() {
        try (InputStream in = Htmx.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar is missing from the class path");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
