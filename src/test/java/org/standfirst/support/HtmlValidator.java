package org.standfirst.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on built pages. */
public final class HtmlValidator {
    private HtmlValidator() {
    }

    /** Validation errors of the given pages, as "page: message" lines; warnings are not counted. */
    public static List<String> errors(Path site, List<Path> pages) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            try {
                String report = validator.validate(page);
                report.lines().filter(l -> l.contains("error:")).forEach(l -> errors.add(site.relativize(page) + ": " + l));
            } catch (Exception e) {
                errors.add(site.relativize(page) + ": validator failed: " + e);
            }
        }
        return errors;
    }
}
