package org.standfirst.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads the preview's Server-Sent Events as a page would: the data of each `state` event, in order. */
final class EventStream implements AutoCloseable {
    private final BlockingQueue<String> states = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    EventStream(URI events) {
        response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(events).build(),
                HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            try (Stream<String> lines = r.body()) {
                lines.filter(line -> line.startsWith("data: ")).forEach(line -> states.add(line.substring(6)));
            } catch (RuntimeException closed) {
                // The stream ends when the test closes it or the server stops.
            }
        });
    }

    /** The next state's JSON, waiting up to {@code seconds}. */
    String next(int seconds) throws InterruptedException {
        String state = states.poll(seconds, TimeUnit.SECONDS);
        if (state == null) throw new AssertionError("no build state within " + seconds + " s");
        return state;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
