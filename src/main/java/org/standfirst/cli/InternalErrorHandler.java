package org.standfirst.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An unexpected failure prints one clear line, not a stack trace (unless --verbose), and exits 3.
 * Content and template problems never get here: they are reported as problems.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        var err = commandLine.getErr();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("standfirst: cannot read or write a file: " + message + " — check the path and its permissions");
        } else {
            err.println("standfirst: internal error: " + message
                    + " — please report it with the output of the same command run with --verbose");
        }
        boolean verbose = Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--verbose");
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
