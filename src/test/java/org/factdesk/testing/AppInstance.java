package org.factdesk.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One instance of the packaged application (target/quarkus-app), on its own port, sharing the test database. */
public final class AppInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    public AppInstance(int port) throws IOException, InterruptedException {
        this(port, Map.of());
    }

    /** An instance with extra environment, e.g. another FACTDESK_DB_URL. */
    public AppInstance(int port, Map<String, String> extraEnv) throws IOException, InterruptedException {
        this.port = port;
        this.log = Path.of("target", "app-instance-" + port + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("FACTDESK_HTTP_PORT", String.valueOf(port));
        env.put(
                "FACTDESK_DB_URL",
                System.getenv()
                        .getOrDefault(
                                "FACTDESK_TEST_DB_URL",
                                "jdbc:postgresql://localhost:"
                                        + System.getenv().getOrDefault("FACTDESK_DB_PORT", "5433") + "/factdesk_test"));
        env.put("FACTDESK_SESSION_SECRET", "shared-by-all-instances-of-this-test-0123456789");
        env.put("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true");
        env.put("QUARKUS_HTTP_ACCESS_LOG_PATTERN", "%r %s %D ms");
        env.putAll(extraEnv);
        process = builder.start();
        awaitReady(Duration.ofSeconds(90));
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The JDBC URL of a database on the test PostgreSQL. */
    public static String databaseUrl(String name) {
        return "jdbc:postgresql://localhost:" + System.getenv().getOrDefault("FACTDESK_DB_PORT", "5433") + "/" + name;
    }

    public int port() {
        return port;
    }

    private void awaitReady(Duration within) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app on port " + port + " stopped: " + tail());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the app on port " + port + " was not ready within " + within + ": " + tail());
    }

    private String tail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
    }

    /** Kills the process at once (SIGKILL): no shutdown hooks, no finishing of requests. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
