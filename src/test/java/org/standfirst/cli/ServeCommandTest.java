package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.support.TestSite;
import picocli.CommandLine;

/** `standfirst serve` through the real command line: it prints the address, serves, and stops. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheAddressServesTheSiteAndStopsCleanly() throws Exception {
        TestSite site = TestSite.in(dir).article("commentary/2014-06-17-mosul.md", "Mosul", "2014-06-17");
        CommandLine cli = Standfirst.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("serve", "--port", "0",
                "--content", site.content().toString(), "--templates", site.root().resolve("templates").toString()));

        Pattern serving = Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/) — open it in a browser");
        Matcher url = serving.matcher("");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(url = serving.matcher(out.toString())).find()) {
            assertThat(exit).as("serve stopped early: %s", err).isNotDone();
            assertThat(System.nanoTime()).as("no address printed: %s %s", out, err).isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(out.toString()).startsWith("Built 10 pages from 1 piece in "); // with the search page
        HttpResponse<String> home = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "commentary/mosul/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Mosul");

        serve.stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).doesNotContain("Warning");
    }

    @Test
    void aPortInUseIsAUsageErrorWithAHint() throws Exception {
        TestSite site = TestSite.in(dir).article("commentary/2014-06-17-mosul.md", "Mosul", "2014-06-17");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TestSite.Run run = TestSite.Run.of("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--content", site.content().toString(), "--templates", site.root().resolve("templates").toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("127.0.0.1:" + taken.getLocalPort() + ": cannot listen there")
                    .contains("--port 0");
        }
    }
}
