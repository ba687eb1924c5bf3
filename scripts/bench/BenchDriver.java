import java.io.IOException;
import java.io.InputStream;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of ./factdesk bench that wrk cannot do: signing in through Keycloak's login page,
 * driving workflow transitions with bearer tokens, timing one change's arrival on many
 * event streams, and drawing the latency chart. JDK only, run as a single source file:
 *
 * <pre>
 *   java BenchDriver.java cookie APP USER PASSWORD                     prints a Cookie header
 *   java BenchDriver.java transitions APP KEYCLOAK_REALM IDS CLIENTS SECONDS
 *   java BenchDriver.java fanout APP KEYCLOAK_REALM CONNECTIONS
 *   java BenchDriver.java chart RESULTS.tsv OUT.svg
 * </pre>
 */
public class BenchDriver {

    private static final String CLIENT_ID = System.getenv().getOrDefault("FACTDESK_OIDC_CLIENT_ID", "factdesk");
    private static final String CLIENT_SECRET = System.getenv().getOrDefault("FACTDESK_OIDC_CLIENT_SECRET", "factdesk-dev-secret");

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "cookie" -> System.out.println(signIn(args[1], args[2], args[3]).cookieHeader());
            case "transitions" -> transitions(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "fanout" -> fanout(args[1], args[2], Integer.parseInt(args[3]));
            case "chart" -> Files.writeString(Path.of(args[2]), Chart.svg(Files.readAllLines(Path.of(args[1]))));
            default -> {
                System.err.println("usage: java BenchDriver.java cookie|transitions|fanout|chart …");
                System.exit(2);
            }
        }
    }

    // ---- signing in ------------------------------------------------------------------------

    record Browser(HttpClient http, CookieManager cookies) {
        String cookieHeader() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session"))
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        }
    }

    /**
     * Opens the workspace, fills in Keycloak's login form, and follows the redirects back.
     * Keycloak marks its cookies Secure even on http://localhost (browsers treat localhost as
     * secure); the JDK would not send them back over http, so the flag is dropped here.
     */
    static Browser signIn(String app, String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        CookieHandler insecure = new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                Map<String, List<String>> plain = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.forEach((name, values) -> {
                    if (name != null) {
                        plain.put(name, values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList());
                    }
                });
                cookies.put(uri, plain);
            }
        };
        HttpClient http = HttpClient.newBuilder().cookieHandler(insecure).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app + "/workspace")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form at " + login.uri() + " (HTTP " + login.statusCode() + ")");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&credentialId=";
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (done.statusCode() != 200 || !done.uri().getPath().startsWith("/workspace")) {
            throw new IllegalStateException("signing in as " + user + " ended at " + done.uri() + " (HTTP " + done.statusCode() + ")");
        }
        return new Browser(http, cookies);
    }

    /** An access token by the password grant (the demo realm's client allows it). */
    static String token(String realm, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + enc(CLIENT_ID) + "&client_secret=" + enc(CLIENT_SECRET)
                + "&username=" + enc(user) + "&password=" + enc(user);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    // ---- workflow transitions ---------------------------------------------------------------

    /**
     * CLIENTS threads take claims (lines "id version", each IN_RESEARCH with a verdict by
     * alice and its sources) and move each one through submit (alice), approve and publish
     * (erin): the review mix of a busy evening. Prints throughput and latency percentiles.
     */
    static void transitions(String app, String realm, Path ids, int clients, int seconds) throws Exception {
        List<long[]> claims = Files.readAllLines(ids).stream().filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.trim().split("\\s+")).mapToLong(Long::parseLong).toArray()).toList();
        String reviewer = "Bearer " + token(realm, "alice");
        String editor = "Bearer " + token(realm, "erin");
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Long>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        String[][] steps = {{"submit", reviewer}, {"approve", editor}, {"publish", editor}};
        for (int t = 0; t < clients; t++) {
            List<Long> latencies = new ArrayList<>();
            perThread.add(latencies);
            Thread worker = new Thread(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < claims.size()) {
                    long id = claims.get(i)[0];
                    String version = String.valueOf(claims.get(i)[1]);
                    for (String[] step : steps) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/claims/" + id + "/transitions"))
                                    .header("Authorization", step[1]).header("Content-Type", "application/json")
                                    .header("If-Match", "\"" + version + "\"")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + step[0] + "\"}")).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                break;
                            }
                            version = r.headers().firstValue("ETag").orElse("").replace("\"", "").replace("W/", "");
                            if (System.nanoTime() < deadline) {
                                latencies.add(System.nanoTime() - start);
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                            break;
                        }
                    }
                }
            });
            worker.start();
            threads.add(worker);
        }
        long began = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = Math.min(seconds, (System.nanoTime() - began) / 1e9);
        long[] all = perThread.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        if (next.get() >= claims.size()) {
            System.err.println("warning: all " + claims.size() + " prepared claims were used before the time was up");
        }
        System.out.printf(Locale.ROOT, "transitions %d tps %.0f p50 %.1f p99 %.1f errors %d%n",
                all.length, all.length / elapsed, ms(percentile(all, 50)), ms(percentile(all, 99)), errors.get());
    }

    // ---- live-update fan-out ----------------------------------------------------------------

    /**
     * Opens CONNECTIONS event streams (signed in as bob, all on one article, like open tabs),
     * then lets alice change one claim of that article through the API, and times when the
     * change arrives on each stream.
     */
    static void fanout(String app, String realm, int connections) throws Exception {
        Browser bob = signIn(app, "bob", "bob");
        String token = "Bearer " + token(realm, "alice");
        HttpClient api = HttpClient.newHttpClient();
        String claims = api.send(HttpRequest.newBuilder(URI.create(app + "/api/claims?state=OPEN&limit=1"))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher claim = Pattern.compile("\"id\"\\s*:\\s*(\\d+).*?\"articleId\"\\s*:\\s*(\\d+)").matcher(claims);
        if (!claim.find()) {
            throw new IllegalStateException("no OPEN claim to change: " + claims);
        }
        long claimId = Long.parseLong(claim.group(1));
        long articleId = Long.parseLong(claim.group(2));
        String wanted = "event:claim-" + claimId;
        long[] arrival = new long[connections];
        CountDownLatch open = new CountDownLatch(connections);
        CountDownLatch arrived = new CountDownLatch(connections);
        List<InputStream> streams = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            int n = i;
            HttpResponse<InputStream> response = bob.http().send(HttpRequest.newBuilder(
                    URI.create(app + "/workspace/events?article=" + articleId)).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("event stream " + n + ": HTTP " + response.statusCode());
            }
            streams.add(response.body());
            Thread reader = new Thread(() -> {
                open.countDown();
                StringBuilder line = new StringBuilder();
                try (InputStream in = response.body()) {
                    int c;
                    while ((c = in.read()) != -1) {
                        if (c != '\n') {
                            line.append((char) c);
                            continue;
                        }
                        if (line.toString().replace("event: ", "event:").equals(wanted)) {
                            arrival[n] = System.nanoTime();
                            arrived.countDown();
                            return;
                        }
                        line.setLength(0);
                    }
                } catch (IOException ignored) {
                    // closed at the end
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
        open.await();
        Thread.sleep(3000); // let the presence notices of 200 joining tabs pass
        String version = api.send(HttpRequest.newBuilder(URI.create(app + "/api/claims/" + claimId))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("ETag").orElseThrow().replace("\"", "").replace("W/", "");
        long sent = System.nanoTime();
        HttpResponse<String> change = api.send(HttpRequest.newBuilder(URI.create(app + "/api/claims/" + claimId + "/transitions"))
                .header("Authorization", token).header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"start\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (change.statusCode() != 200) {
            throw new IllegalStateException("the change was refused: HTTP " + change.statusCode() + " " + change.body());
        }
        boolean all = arrived.await(10, TimeUnit.SECONDS);
        long[] delays = Arrays.stream(arrival).filter(a -> a != 0).map(a -> a - sent).sorted().toArray();
        System.out.printf(Locale.ROOT, "fanout %d/%d p50 %.1f p99 %.1f max %.1f%n", delays.length, connections,
                ms(percentile(delays, 50)), ms(percentile(delays, 99)), ms(delays.length == 0 ? 0 : delays[delays.length - 1]));
        for (InputStream stream : streams) {
            stream.close();
        }
        System.exit(all ? 0 : 1);
    }

    // ---- chart -------------------------------------------------------------------------------

    /** Latency against data size: one line per series, log-scaled size axis. */
    static final class Chart {
        static String svg(List<String> tsv) {
            Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
            for (String line : tsv) {
                String[] f = line.split("\t");
                if (f.length == 3 && f[0].matches("\\d+")) {
                    series.computeIfAbsent(f[1], k -> new TreeMap<>()).put(Integer.parseInt(f[0]), Double.parseDouble(f[2]));
                }
            }
            double maxMs = series.values().stream().flatMap(s -> s.values().stream()).mapToDouble(d -> d).max().orElse(1);
            double top = niceCeiling(maxMs);
            int sizes = Math.max(1, series.values().stream().flatMap(s -> s.keySet().stream()).collect(Collectors.toSet()).size());
            List<Integer> xs = series.values().stream().flatMap(s -> s.keySet().stream()).distinct().sorted().toList();
            int w = 900, h = 420, left = 70, right = 400, topPad = 40, bottom = 60;
            int plotW = w - left - right, plotH = h - topPad - bottom;
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                    + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h, w, h));
            s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">"
                    + "Latency against data size (./factdesk bench)</text>%n", left));
            for (int i = 0; i <= 4; i++) {
                double v = top * i / 4;
                double y = topPad + plotH - plotH * v / top;
                s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                        + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n",
                        left, left + plotW, y, y, left - 6, y + 4, trim(v)));
            }
            for (int i = 0; i < xs.size(); i++) {
                double x = xOf(i, sizes, left, plotW);
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d claims</text>%n",
                        x, topPad + plotH + 20, xs.get(i)));
            }
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                    left, left + plotW, topPad + plotH, topPad + plotH));
            String[] colours = {"#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700", "#57606a"};
            int n = 0;
            for (Map.Entry<String, TreeMap<Integer, Double>> e : series.entrySet()) {
                String colour = colours[n % colours.length];
                StringBuilder points = new StringBuilder();
                for (Map.Entry<Integer, Double> p : e.getValue().entrySet()) {
                    double x = xOf(xs.indexOf(p.getKey()), sizes, left, plotW);
                    double y = topPad + plotH - plotH * p.getValue() / top;
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x, y, colour));
                }
                s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                        points.toString().trim(), colour));
                int ly = topPad + 10 + n * 20;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\">%s</text>%n", left + plotW + 16, ly - 4, colour, left + plotW + 36, ly, escape(e.getKey())));
                n++;
            }
            return s.append("</svg>\n").toString();
        }

        private static double xOf(int index, int count, int left, int width) {
            return count == 1 ? left + width / 2.0 : left + 20 + (width - 40) * index / (double) (count - 1);
        }

        private static double niceCeiling(double v) {
            double step = Math.pow(10, Math.floor(Math.log10(v)));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * step >= v) {
                    return m * step;
                }
            }
            return 10 * step;
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
