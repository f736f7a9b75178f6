package org.standfirst.search;

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

    void clear() {
        length = 0;
    }

    void appendShort(int value) {
        room(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    void appendInt(int value) {
        room(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    /** {@code text}, whose characters are all ASCII, a byte each. */
    void appendAscii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) bytes[length++] = (byte) text.charAt(i);
    }

    void append(byte b) {
        room(1);
        bytes[length++] = b;
    }

    void append(byte[] from, int offset, int count) {
        room(count);
        System.arraycopy(from, offset, bytes, length, count);
        length += count;
    }

    private void room(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
    }
}
