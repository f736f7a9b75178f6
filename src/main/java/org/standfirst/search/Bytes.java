package org.standfirst.search;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

/** A growable array of bytes: encoded postings made without a String or a boxed byte per number. */
final class Bytes {
    private byte[] bytes;
    private int length;

    Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    /** The bytes so far, in the first {@link #length()} places of the array. */
    byte[] array() {
        return bytes;
    }

    void append(byte b) {
        room(1);
        bytes[length++] = b;
    }

    void append(Bytes from, int offset, int count) {
        room(count);
        System.arraycopy(from.bytes, offset, bytes, length, count);
        length += count;
    }

    /** Reads exactly {@code count} bytes from {@code in} onto the end. */
    void read(DataInputStream in, int count) throws IOException {
        room(count);
        in.readFully(bytes, length, count);
        length += count;
    }

    private void room(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
    }
}
