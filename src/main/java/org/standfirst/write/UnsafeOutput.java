package org.standfirst.write;

/** The output folder is one Standfirst must never replace (the home folder, the content …). */
public final class UnsafeOutput extends Exception {
    public UnsafeOutput(String message) {
        super(message, null, false, false);
    }
}
