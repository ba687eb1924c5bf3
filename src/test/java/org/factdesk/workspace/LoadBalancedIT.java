package org.factdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.factdesk.testing.Api;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * docs/SCALING.md, verified locally: two instances of the packaged app behind nginx (Debian's)
 * as a round-robin load balancer, with no sticky sessions. A browser signs in through the
 * balancer, keeps its session whichever instance answers, and sees changes made through
 * either instance live.
 */
class LoadBalancedIT {

    /** The balancer listens where the demo realm accepts redirects. */
    static final int BALANCER = 8081;

    static final List<Integer> INSTANCES = List.of(8093, 8094);
    static final Path HOME = Path.of("target", "load-balancer").toAbsolutePath();

    static AppInstance first;
    static AppInstance second;
    static Process nginx;

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        first = new AppInstance(INSTANCES.get(0));
        second = new AppInstance(INSTANCES.get(1));
        Files.createDirectories(HOME.resolve("tmp"));
        Files.writeString(
                HOME.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 512; }
                http {
                  log_format balanced '$request $status $upstream_addr';
                  access_log %1$s/access.log balanced;
                  client_body_temp_path %1$s/tmp; proxy_temp_path %1$s/tmp; fastcgi_temp_path %1$s/tmp;
                  uwsgi_temp_path %1$s/tmp; scgi_temp_path %1$s/tmp;
                  upstream factdesk { server 127.0.0.1:%3$d; server 127.0.0.1:%4$d; }
                  server {
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://factdesk;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_buffering off;
                      # the encrypted session cookies outgrow nginx's default 4k header buffer
                      # (as in deploy/base/ingress.yaml)
                      proxy_buffer_size 16k;
                      proxy_buffers 4 16k;
                      proxy_read_timeout 1h;
                    }
                  }
                }
                """.formatted(HOME, BALANCER, INSTANCES.get(0), INSTANCES.get(1)));
        Files.deleteIfExists(HOME.resolve("access.log"));
        nginx = new ProcessBuilder("nginx", "-c", HOME.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(HOME.resolve("nginx.out").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(balancer() + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // nginx still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(HOME.resolve("nginx.out")));
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (AppInstance instance : new AppInstance[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    static String balancer() {
        return "http://localhost:" + BALANCER;
    }

    @Test
    void aSessionStartedThroughTheBalancerWorksOnBothInstances() throws Exception {
        try (Chromium alice = new Chromium()) {
            alice.logIn(balancer() + "/workspace", "alice");
            String cookies = alice.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .reduce((a, b) -> a + "; " + b)
                    .orElseThrow();
            HttpClient http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(URI.create(balancer() + "/workspace/articles?n=" + i))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), "request " + i + " through the balancer kept the session");
                assertTrue(page.body().contains("Alice"), "signed in as alice on request " + i);
            }
        }
        Set<String> served = new TreeSet<>();
        for (String line : Files.readAllLines(HOME.resolve("access.log"))) {
            if (line.startsWith("GET /workspace/articles?n=")) {
                served.add(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        assertEquals(
                Set.of("127.0.0.1:" + INSTANCES.get(0), "127.0.0.1:" + INSTANCES.get(1)),
                served,
                "both instances answered the same session");
    }

    @Test
    void changesThroughEitherInstanceReachTheBrowserBehindTheBalancer() throws Exception {
        try (Chromium erin = new Chromium()) {
            erin.logIn(balancer() + "/workspace/queue", "erin");
            erin.waitFor(By.id("queue-items"));
            erin.script("window.factdeskStayed = true;");
            for (AppInstance instance : new AppInstance[] {first, second}) {
                RestAssured.baseURI = "http://localhost";
                RestAssured.port = instance.port();
                long claim = Api.submittedClaim(
                        Api.article("Behind the balancer " + instance.port(), "Bus ridership grew 9 percent in June."),
                        "grew 9 percent");
                erin.waitFor(By.cssSelector(".queue-item[data-claim-id='" + claim + "']"));
            }
            assertEquals(Boolean.TRUE, erin.script("return window.factdeskStayed === true;"), "no reload");
        } finally {
            RestAssured.reset();
        }
    }
}
