package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.factdesk.testing.KeycloakFixture;
import org.junit.jupiter.api.Test;

/** scripts/demo-api.sh, the journey the README promises, runs against the test instance. */
@QuarkusTest
class DemoScriptTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theApiJourneyScriptRunsFromSelectionToPublication() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        "bash", "scripts/demo-api.sh", app.toString().replaceAll("/$", ""))
                .redirectErrorStream(true);
        builder.environment().put("FACTDESK_OIDC_URL", KeycloakFixture.realmUrl());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the demo finishes within a minute");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("bob: cannot approve (HTTP 403"), output);
        assertTrue(output.contains("erin: publish → PUBLISHED"), output);
        assertTrue(output.contains("  alice: submit (IN_RESEARCH → AWAITING_APPROVAL)"), output);
        assertTrue(output.contains("  erin: approve (AWAITING_APPROVAL → APPROVED)"), output);
        assertTrue(output.contains("  erin: publish (APPROVED → PUBLISHED)"), output);
    }
}
