package org.standfirst.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on built pages. One
 * validator checks every page: its schema is read once (EmbeddedValidator reads it again for each page,
 * which took most of the time of validating a whole site).
 */
public final class HtmlValidator {
    private HtmlValidator() {
    }

    /** Validation errors of the given pages, as "page:line:column: message" lines; warnings are not counted. */
    public static List<String> errors(Path site, List<Path> pages) {
        List<String> errors = new ArrayList<>();
        Errors handler = new Errors(errors);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the HTML validator", e);
        }
        for (Path page : pages) {
            handler.page = site.relativize(page).toString();
            try {
                validator.checkHtmlFile(page.toFile(), true);
            } catch (Exception e) {
                errors.add(handler.page + ": validator failed: " + e);
            }
        }
        return errors;
    }

    /** Collects errors and fatal errors, naming the page being checked. */
    private static final class Errors implements ErrorHandler {
        private final List<String> errors;
        String page;

        Errors(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
