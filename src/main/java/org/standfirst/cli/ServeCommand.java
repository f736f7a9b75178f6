package org.standfirst.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.standfirst.model.Problems;
import org.standfirst.serve.BuildOutcome;
import org.standfirst.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Preview the site in a browser: build it, serve it over HTTP, and rebuild and reload open pages "
                + "whenever content or templates change. A failed rebuild shows its problems over the last good page.",
                "Stop it with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Spec
    CommandSpec spec;

    /** Counted down to stop serving; tests and the shutdown hook use it. */
    final CountDownLatch stop = new CountDownLatch(1);
    /** Counted down once the server is closed and its temporary folder deleted. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("--port " + port + ": not a port number — use 1 to 65535, or 0 for any free port");
            return ExitCodes.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("--bind " + bind + ": not an address of this machine — use 127.0.0.1 (the default) or an IP address");
            return ExitCodes.USAGE;
        }
        if (site.missingTemplates() != null) {
            err.println(site.missingTemplates());
            return ExitCodes.USAGE;
        }
        PreviewServer.Settings settings = new PreviewServer.Settings(site.content, site.templates(), site.templates().toString(),
                new InetSocketAddress(address, port), site.drafts, site.future, site.strict, Duration.ofMillis(40));
        PreviewServer server;
        try {
            server = PreviewServer.start(settings, outcome -> report(outcome, out, err));
        } catch (BindException e) {
            err.println(bind + ":" + port + ": cannot listen there (" + e.getMessage()
                    + ") — is another server using the port? Pick another with --port N, or --port 0 for any free one");
            return ExitCodes.USAGE;
        }
        try (server) {
            if (!address.isLoopbackAddress()) {
                err.println("Warning: listening on " + bind + ", not only on this machine: anyone who can reach it over "
                        + "the network can read the preview" + (site.drafts ? ", drafts included" : "")
                        + ". Use --bind 127.0.0.1 to keep it private.");
            }
            out.println("Serving " + site.content + " at " + server.url() + " — open it in a browser. Edits to " + site.content
                    + " and " + site.templates() + " rebuild the site and reload open pages. Press Ctrl+C to stop.");
            out.flush();
            // Ctrl+C: the JVM exits as soon as its hooks finish, so the hook waits until the server is
            // closed and its temporary folder deleted.
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "standfirst-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stop.await();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is already exiting (Ctrl+C): the hook is running.
                }
            }
        } finally {
            stopped.countDown();
        }
        return ExitCodes.OK;
    }

    private void report(BuildOutcome outcome, PrintWriter out, PrintWriter err) {
        if (outcome.internalError() != null) {
            err.println(outcome.internalError());
            err.flush();
            return;
        }
        Problems problems = outcome.result().problems();
        Report.problems(problems, err);
        if (site.verbose) outcome.result().stages().forEach(stage -> err.println("  " + stage));
        String took = String.format(Locale.ROOT, "%.2f s", outcome.nanos() / 1e9);
        String cause = outcome.changed().isEmpty() ? "" : " after changes to " + changes(outcome);
        if (outcome.ok()) {
            out.println((outcome.changed().isEmpty() ? "Built " : "Rebuilt ") + Report.count(outcome.result().pages(), "page")
                    + " from " + Report.count(outcome.result().pieces(), "piece") + " in " + took + cause + ".");
        } else {
            err.println("Build failed" + cause + ": the browser shows these problems; the last good site is still served.");
        }
        out.flush();
        err.flush();
    }

    private String changes(BuildOutcome outcome) {
        Path first = outcome.changed().get(0);
        String name = first.toString();
        int more = outcome.changed().size() - 1;
        return more == 0 ? name : name + " and " + Report.count(more, "other file");
    }
}
