package org.factdesk.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.factdesk.testing.Api;
import org.factdesk.testing.AppInstance;
import org.factdesk.testing.KeycloakFixture;
import org.junit.jupiter.api.Test;

/**
 * Part of {@code ./factdesk check}, not of every CI run: 50 virtual users work for 2 minutes
 * against the packaged app — reviewers create claims, add sources, propose verdicts, comment
 * and submit; editors approve, publish or send back. Afterwards: no 5xx; every source,
 * verdict and comment the app acknowledged exists exactly once; every claim agrees with its
 * events. Knobs: -Dload.users, -Dload.seconds (not under factdesk.: the application refuses
 * unknown factdesk.* settings). Every fifth user is an editor. docs/RELIABILITY.md quotes the
 * defaults (DocsAgreeWithTestsTest).
 */
public class MixedLoadCheck {

    public static final int DEFAULT_USERS = 50;
    public static final int DEFAULT_SECONDS = 120;
    /** Every EDITOR_EVERY-th user is an editor, the others reviewers. */
    public static final int EDITOR_EVERY = 5;

    private static final int USERS = Integer.getInteger("load.users", DEFAULT_USERS);
    private static final int SECONDS = Integer.getInteger("load.seconds", DEFAULT_SECONDS);

    private final AtomicLong requests = new AtomicLong();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final Set<String> sources = ConcurrentHashMap.newKeySet();
    private final Set<String> verdicts = ConcurrentHashMap.newKeySet();
    private final Set<String> comments = ConcurrentHashMap.newKeySet();
    private final Set<Long> claims = ConcurrentHashMap.newKeySet();
    private final AtomicInteger transitions = new AtomicInteger();

    @Test
    void fiftyPeopleWorkingAtOnceLoseNothing() throws Exception {
        try (AppInstance app = new AppInstance(8099)) {
            RestAssured.baseURI = "http://localhost";
            RestAssured.port = app.port();
            String run = Long.toString(System.nanoTime(), 36);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 4000; i++) {
                text.append("Statement ").append(i).append(" holds true. ");
            }
            long article = Api.article("Load " + run, text.toString());
            long rating = Api.rating("True");
            Map<String, String> tokens = new HashMap<>();
            for (String user : List.of("alice", "bob", "erin")) {
                tokens.put(user, KeycloakFixture.tokenFor(user));
            }
            AtomicInteger nextStatement = new AtomicInteger();
            Instant end = Instant.now().plusSeconds(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            for (int u = 0; u < USERS; u++) {
                int vu = u;
                pool.submit(() -> {
                    int n = 0;
                    while (Instant.now().isBefore(end)) {
                        try {
                            if (vu % EDITOR_EVERY == 0) {
                                editorStep(tokens.get("erin"));
                            } else {
                                reviewerStep(
                                        tokens.get(vu % 2 == 0 ? "alice" : "bob"),
                                        article,
                                        rating,
                                        nextStatement.getAndIncrement() % 4000,
                                        run + "-" + vu + "-" + n++);
                            }
                        } catch (RuntimeException e) {
                            serverErrors.add("client error: " + e);
                        }
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(SECONDS + 120, TimeUnit.SECONDS), "the users finished");

            List<String> problems = new ArrayList<>(serverErrors);
            try (Connection db = DriverManager.getConnection(
                            AppInstance.databaseUrl("factdesk_test"), "factdesk", "factdesk");
                    Statement sql = db.createStatement()) {
                exactlyOnce(
                        sql,
                        "select title, count(*) from source where title like 'load-src-" + run + "-%' group by title",
                        sources,
                        "source",
                        problems);
                exactlyOnce(
                        sql,
                        "select conclusion, count(*) from verdict where conclusion like 'load-verdict-" + run
                                + "-%' group by conclusion",
                        verdicts,
                        "verdict",
                        problems);
                exactlyOnce(
                        sql,
                        "select body, count(*) from comment where body like 'load-comment-" + run + "-%' group by body",
                        comments,
                        "comment",
                        problems);
                try (ResultSet rs = sql.executeQuery("""
                        select c.id, c.state,
                               (select e.to_state from review_event e where e.claim_id = c.id
                                order by e.id desc limit 1)
                        from claim c where c.article_id = """ + article)) {
                    while (rs.next()) {
                        if (!rs.getString(2).equals(rs.getString(3))) {
                            problems.add("claim " + rs.getLong(1) + " is " + rs.getString(2)
                                    + " but its last event says " + rs.getString(3));
                        }
                    }
                }
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            long p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99));
            System.out.printf(
                    "load: %d users for %d s: %d requests (%.0f/s), p50 %d ms, p99 %d ms, statuses %s; acknowledged "
                            + "%d claims, %d sources, %d verdicts, %d comments, %d transitions; %d problems%n",
                    USERS,
                    SECONDS,
                    requests.get(),
                    requests.get() / (double) SECONDS,
                    p50,
                    p99,
                    statuses,
                    claims.size(),
                    sources.size(),
                    verdicts.size(),
                    comments.size(),
                    transitions.get(),
                    problems.size());
            assertTrue(
                    problems.isEmpty(),
                    problems.size() + " problems: "
                            + problems.stream().limit(30).toList());
            assertTrue(transitions.get() > 0 && sources.size() > 0, "work was done");
        }
    }

    private void reviewerStep(String token, long article, long rating, int statement, String key) {
        Response created = call(
                token,
                "post",
                "/api/articles/" + article + "/claims",
                Map.of(
                        "selectors",
                        List.of(Map.of(
                                "type",
                                "TextQuoteSelector",
                                "exact",
                                "Statement " + statement + " holds true.",
                                "prefix",
                                "",
                                "suffix",
                                "")),
                        "claimType",
                        "statistic"));
        if (created.statusCode() != 201) {
            return; // e.g. the quote appears twice once statements repeat: a clear 422, fine
        }
        long claim = created.jsonPath().getLong("id");
        claims.add(claim);
        if (!move(token, claim, "start", null)) {
            return;
        }
        String source = "load-src-" + key;
        if (call(
                                token,
                                "post",
                                "/api/claims/" + claim + "/sources",
                                Map.of(
                                        "url",
                                        "https://example.org/" + key,
                                        "title",
                                        source,
                                        "stance",
                                        "supports",
                                        "version",
                                        version(token, claim)))
                        .statusCode()
                == 201) {
            sources.add(source);
        }
        String conclusion = "load-verdict-" + key;
        if (call(
                                token,
                                "put",
                                "/api/claims/" + claim + "/verdict",
                                Map.of("version", version(token, claim), "ratingId", rating, "conclusion", conclusion))
                        .statusCode()
                == 200) {
            verdicts.add(conclusion);
        }
        String comment = "load-comment-" + key;
        if (call(token, "post", "/api/claims/" + claim + "/comments", Map.of("body", comment))
                        .statusCode()
                == 201) {
            comments.add(comment);
        }
        move(token, claim, "submit", null);
    }

    private void editorStep(String token) {
        Response queue = call(token, "get", "/api/claims?state=awaiting_approval&limit=20", null);
        List<Integer> ids = queue.statusCode() == 200 ? queue.jsonPath().getList("items.id") : List.of();
        if (ids.isEmpty()) {
            call(token, "get", "/api/claims?limit=20", null);
            return;
        }
        long claim = ids.get((int) (Math.random() * ids.size()));
        if (Math.random() < 0.2) {
            move(token, claim, "request_changes", "Please add a second source.");
        } else if (move(token, claim, "approve", null)) {
            move(token, claim, "publish", null);
        }
    }

    private boolean move(String token, long claim, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("version", version(token, claim));
        if (reason != null) {
            body.put("reason", reason);
        }
        boolean moved = call(token, "post", "/api/claims/" + claim + "/transitions", body)
                        .statusCode()
                == 200;
        if (moved) {
            transitions.incrementAndGet();
        }
        return moved;
    }

    private long version(String token, long claim) {
        Response response = call(token, "get", "/api/claims/" + claim, null);
        return response.statusCode() == 200 ? response.jsonPath().getLong("version") : -1;
    }

    private Response call(String token, String method, String path, Object body) {
        RequestSpecification request = RestAssured.given().auth().oauth2(token).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        long start = System.nanoTime();
        Response response = request.request(method, path);
        latencies.add((System.nanoTime() - start) / 1_000_000);
        requests.incrementAndGet();
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                .incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.add(
                    method.toUpperCase() + " " + path + " -> " + response.statusCode() + " " + response.asString());
        }
        return response;
    }

    private static void exactlyOnce(
            Statement sql, String query, Set<String> acknowledged, String what, List<String> problems)
            throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getInt(2));
            }
        }
        for (String key : acknowledged) {
            Integer count = stored.get(key);
            if (count == null || count != 1) {
                problems.add(what + " " + key + " acknowledged but stored " + (count == null ? 0 : count) + " times");
            }
        }
        stored.forEach((key, count) -> {
            if (count != 1) {
                problems.add(what + " " + key + " stored " + count + " times");
            }
        });
    }
}
