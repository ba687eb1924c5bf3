package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.factdesk.testing.Api;
import org.factdesk.testing.Session;
import org.junit.jupiter.api.Test;

/**
 * An editor cannot approve her own verdict by any path: the JSON API (ReviewFlowTest), the
 * claim panel's form, or the same form sent by htmx.
 */
@QuarkusTest
class FourEyesEverywhereTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theFormAndItsHtmxVersionRefuseSelfApproval() throws Exception {
        long claim =
                Api.claim("erin", Api.article("Four eyes by form", "Rents rose 11 percent."), "Rents rose 11 percent");
        Api.move("erin", claim, "start", null);
        Api.addGoodSource("erin", claim);
        Api.verdict("erin", claim, Api.rating("True"), "They did.").then().statusCode(200);
        Api.move("erin", claim, "submit", null);
        Session erin = Session.logIn(base, "erin");

        for (String[] headers : new String[][] {{}, {"HX-Request", "true"}}) {
            HttpResponse<String> response = erin.postForm(
                    "/workspace/claims/" + claim + "/transition",
                    Map.of("action", "approve", "version", String.valueOf(Api.version(claim))),
                    headers);
            assertTrue(
                    response.body().contains("another editor must approve"),
                    response.statusCode() + " " + response.body());
            assertEquals("AWAITING_APPROVAL", Api.state(claim));
        }
        // Another editor may: the refusal above was the four-eyes rule, not a broken form.
        Session admin = Session.logIn(base, "admin");
        HttpResponse<String> approved = admin.postForm(
                "/workspace/claims/" + claim + "/transition",
                Map.of("action", "approve", "version", String.valueOf(Api.version(claim))),
                "HX-Request",
                "true");
        assertTrue(approved.statusCode() < 400, approved.statusCode() + " " + approved.body());
        assertEquals("APPROVED", Api.state(claim));
    }
}
