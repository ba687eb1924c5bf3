package org.factdesk.source;

import static org.factdesk.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SourceApiTest {

    static Map<String, Object> source(String url) {
        Map<String, Object> s = new HashMap<>();
        s.put("url", url);
        s.put("title", "Statistics release");
        s.put("publisher", "Office for National Statistics");
        s.put("accessedOn", "2024-05-01");
        s.put("archivedUrl", "https://web.archive.org/web/2024/https://ons.gov.uk/release");
        s.put("quotedPassage", "Unemployment was 4.2%.");
        s.put("stance", "refutes");
        s.put("kind", "primary");
        return s;
    }

    @Test
    void reviewerAddsEditsAndRemovesSourcesAndTheHistoryKeepsThem() {
        long claim =
                Api.claim("alice", Api.article("Sources", "Unemployment is 3 percent."), "Unemployment is 3 percent");
        long sourceId = Api.addSource("alice", claim, source("https://ons.gov.uk/release"))
                .then()
                .statusCode(201)
                .body("source.stance", equalTo("refutes"))
                .body("source.kind", equalTo("primary"))
                .body("source.addedBy", equalTo("alice"))
                .body("claimVersion", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("source.id");

        Map<String, Object> edited = source("https://ons.gov.uk/release-v2");
        edited.put("version", Api.version(claim));
        as("bob")
                .body(edited)
                .put("/api/claims/{c}/sources/{s}", claim, sourceId)
                .then()
                .statusCode(200)
                .body("source.url", equalTo("https://ons.gov.uk/release-v2"));

        as("bob")
                .header("If-Match", "\"" + Api.version(claim) + "\"")
                .delete("/api/claims/{c}/sources/{s}", claim, sourceId)
                .then()
                .statusCode(200);
        as("alice").get("/api/claims/{c}/sources", claim).then().statusCode(200).body("$", hasSize(0));
        as("alice")
                .get("/api/claims/{id}/history", claim)
                .then()
                .body("events.action", contains("created", "source_added", "source_updated", "source_removed"))
                .body("events[3].snapshot.url", equalTo("https://ons.gov.uk/release-v2"));
        as("bob")
                .header("If-Match", "\"" + Api.version(claim) + "\"")
                .delete("/api/claims/{c}/sources/{s}", claim, sourceId)
                .then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://example.org/file",
                "/relative/path",
                "https://",
                "not a url at all",
                "JAVASCRIPT:alert(1)"
            })
    void onlyHttpAndHttpsAddressesAreAccepted(String url) {
        long claim = Api.claim("alice", Api.article("Bad URL", "Taxes rose twice."), "Taxes rose twice");
        Api.addSource("alice", claim, source(url)).then().statusCode(422).body("errors", hasKey("url"));
        Map<String, Object> badArchive = source("https://example.org/ok");
        badArchive.put("archivedUrl", url);
        Api.addSource("alice", claim, badArchive).then().statusCode(422).body("errors", hasKey("archivedUrl"));
        as("alice").get("/api/claims/{c}/sources", claim).then().body("$", hasSize(0));
    }

    @Test
    void missingTitleOrStanceAndUnknownKindAreRefused() {
        long claim = Api.claim("alice", Api.article("Bad source", "Crime doubled."), "Crime doubled");
        Map<String, Object> noTitle = source("https://example.org");
        noTitle.remove("title");
        Api.addSource("alice", claim, noTitle).then().statusCode(422).body("errors", hasKey("title"));
        Map<String, Object> noStance = source("https://example.org");
        noStance.remove("stance");
        Api.addSource("alice", claim, noStance).then().statusCode(422).body("errors", hasKey("stance"));
        Map<String, Object> badKind = source("https://example.org");
        badKind.put("kind", "tertiary");
        Api.addSource("alice", claim, badKind)
                .then()
                .statusCode(422)
                .body("errors.kind", equalTo("must be one of primary, secondary."));
    }

    @Test
    void sourcesOfAClaimAwaitingApprovalCannotChange() {
        long claim = Api.submittedClaim(Api.article("Frozen", "Exports fell 2 percent."), "Exports fell 2 percent");
        Api.addSource("bob", claim, source("https://example.org/late"))
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("The claim is AWAITING_APPROVAL, so its sources cannot change now."
                                + " An editor can request changes to reopen it."));
    }
}
