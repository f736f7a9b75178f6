package org.standfirst.cli;

/** The documented exit statuses. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    /** Another build is writing the same output: the one failure that running again later can cure. */
    static final int OUTPUT_BUSY = 4;

    private ExitCodes() {
    }
}
