package org.standfirst.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.render.meta.Json;

/**
 * Server-Sent Events to every open page: on connecting, and after every rebuild, each page gets the
 * current {@link BuildState}. The handler leaves the exchange open and returns, so a waiting page
 * holds a socket but no server thread; a periodic comment line finds the pages that have gone.
 */
final class ReloadHub implements HttpHandler, AutoCloseable {
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile BuildState state;

    ReloadHub(BuildState initial) {
        this.state = initial;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().close();
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        // A short retry: after `serve` is restarted, pages reconnect (and reload) almost at once.
        if (!client.send("retry: 500\n" + event(state))) clients.remove(client);
    }

    /** Tells every page about a new build (or a failed one). */
    void publish(BuildState newState) {
        state = newState;
        String message = event(newState);
        clients.removeIf(client -> !client.send(message));
    }

    /** Drops pages whose connection has gone; without it they would be found only at the next build. */
    void ping() {
        clients.removeIf(client -> !client.send(": ping\n\n"));
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        clients.forEach(Client::close);
        clients.clear();
    }

    private static String event(BuildState state) {
        return "event: state\ndata: " + state.json() + "\n\n";
    }

    /** One open page. */
    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream out;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
        }

        synchronized boolean send(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        synchronized void close() {
            exchange.close();
        }
    }

    /**
     * What pages need to know: the number of what is served (a page from another build asks whether
     * it changed, and reloads if it did) and, when the latest rebuild failed, its problems as the CLI
     * prints them.
     */
    record BuildState(int build, List<String> problems) {
        BuildState {
            problems = List.copyOf(problems);
        }

        BuildState(SiteBuilds.Served served, List<String> problems) {
            this(served.build(), problems);
        }

        String json() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("build", build);
            state.put("problems", problems);
            return Json.write(state);
        }
    }
}
