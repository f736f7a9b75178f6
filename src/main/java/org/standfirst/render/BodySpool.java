package org.standfirst.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered bodies kept for the feeds until they are written. Every author, region and topic has a
 * feed of its newest 20 pieces, so in a large archive nearly every body is needed: they wait on disk,
 * not in memory, appended to one file in the build's scratch folder (a file per body cost a file
 * system entry made and deleted per piece). Without a scratch folder (a check writes nothing)
 * nothing is kept and feeds get empty content.
 */
final class BodySpool implements AutoCloseable {
    private final FileChannel file;
    /** Where each kept body is in the file: its offset and length in bytes. */
    private final Map<Integer, long[]> places = new ConcurrentHashMap<>();
    private long end;

    BodySpool(Path folder) {
        try {
            this.file = folder == null ? null : FileChannel.open(folder.resolve("feed-bodies"), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(int index, String html) {
        if (file == null) return;
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        long at;
        synchronized (this) {
            at = end;
            end += bytes.length;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            for (long position = at; buffer.hasRemaining(); ) position += file.write(buffer, position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        places.put(index, new long[] {at, bytes.length});
    }

    /** The body kept for the piece at {@code index}, or null when none was kept. */
    String get(int index) {
        if (file == null) return "";
        long[] place = places.get(index);
        if (place == null) return null;
        ByteBuffer buffer = ByteBuffer.allocate((int) place[1]);
        try {
            while (buffer.hasRemaining()) {
                if (file.read(buffer, place[0] + buffer.position()) < 0) throw new IOException("the feed body spool is short");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (file != null) file.close();
    }
}
