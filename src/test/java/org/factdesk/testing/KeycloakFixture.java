package org.factdesk.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tokens from the real Keycloak that ./factdesk test starts, and the few extra
 * clients the tests need (created through Keycloak's admin API, once per Keycloak).
 */
@SuppressWarnings("unchecked")
public final class KeycloakFixture {

    /** A public client whose tokens are not meant for Factdesk (no audience mapper). */
    public static final String OTHER_CLIENT = "factdesk-test-other";
    /** A client whose access tokens live a few seconds, otherwise just like Factdesk's. */
    public static final String SHORT_LIVED_CLIENT = "factdesk-test-short-lived";

    public static final int SHORT_LIVED_SECONDS = 3;

    private KeycloakFixture() {}

    /** e.g. http://localhost:8180/realms/factdesk */
    public static String realmUrl() {
        return config("quarkus.oidc.auth-server-url");
    }

    public static String serverUrl() {
        return realmUrl().substring(0, realmUrl().indexOf("/realms/"));
    }

    /** An access token for a demo user, by password grant on the factdesk client. */
    public static String tokenFor(String username) {
        return passwordGrant(
                realmUrl(),
                config("quarkus.oidc.client-id"),
                config("quarkus.oidc.credentials.secret"),
                username,
                username);
    }

    /** An access token issued by another realm (Keycloak's master realm) for its admin. */
    public static String masterRealmToken() {
        return passwordGrant(
                serverUrl() + "/realms/master",
                "admin-cli",
                null,
                env("FACTDESK_KEYCLOAK_ADMIN_USER", "kcadmin"),
                env("FACTDESK_KEYCLOAK_ADMIN_PASSWORD", "kcadmin"));
    }

    public static String otherClientToken(String username) {
        ensureClient(OTHER_CLIENT, Map.of(), false);
        return passwordGrant(realmUrl(), OTHER_CLIENT, null, username, username);
    }

    public static String shortLivedToken(String username) {
        ensureClient(SHORT_LIVED_CLIENT, Map.of("access.token.lifespan", String.valueOf(SHORT_LIVED_SECONDS)), true);
        return passwordGrant(realmUrl(), SHORT_LIVED_CLIENT, null, username, username);
    }

    /** The factdesk realm's settings, as Keycloak's admin API reports them. */
    public static Map<String, Object> realmSettings() {
        return given().auth()
                .oauth2(masterRealmToken())
                .get(serverUrl() + "/admin/realms/factdesk")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** A user with no roles, for tests that must not disturb the demo users; returns its id. */
    public static String createUser(String username, String password) {
        String users = serverUrl() + "/admin/realms/factdesk/users";
        given().auth()
                .oauth2(masterRealmToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "firstName",
                        "Test",
                        "lastName",
                        "User",
                        "email",
                        username + "@factdesk.test",
                        "requiredActions",
                        List.of(),
                        "credentials",
                        List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(users)
                .then()
                .statusCode(201);
        List<Map<String, Object>> found = given().auth()
                .oauth2(masterRealmToken())
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(users)
                .then()
                .statusCode(200)
                .extract()
                .as(List.class);
        return (String) found.get(0).get("id");
    }

    public static void deleteUser(String id) {
        given().auth()
                .oauth2(masterRealmToken())
                .delete(serverUrl() + "/admin/realms/factdesk/users/" + id)
                .then()
                .statusCode(204);
    }

    /** Keycloak's brute-force record of a user: {@code disabled}, {@code numFailures}, ... */
    public static Map<String, Object> bruteForceStatus(String userId) {
        return given().auth()
                .oauth2(masterRealmToken())
                .get(serverUrl() + "/admin/realms/factdesk/attack-detection/brute-force/users/" + userId)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** The status code of a password grant on the factdesk client (200, or 400/401 when refused). */
    public static int passwordGrantStatus(String username, String password) {
        return passwordGrantRequest(
                        realmUrl(),
                        config("quarkus.oidc.client-id"),
                        config("quarkus.oidc.credentials.secret"),
                        username,
                        password)
                .statusCode();
    }

    private static String passwordGrant(String realm, String clientId, String secret, String user, String password) {
        return passwordGrantRequest(realm, clientId, secret, user, password)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static io.restassured.response.Response passwordGrantRequest(
            String realm, String clientId, String secret, String user, String password) {
        var request = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user)
                .formParam("password", password);
        if (secret != null) {
            request.formParam("client_secret", secret);
        }
        return request.post(realm + "/protocol/openid-connect/token");
    }

    private static synchronized void ensureClient(
            String clientId, Map<String, String> attributes, boolean factdeskAudience) {
        String admin = masterRealmToken();
        String clients = serverUrl() + "/admin/realms/factdesk/clients";
        List<?> existing = given().auth()
                .oauth2(admin)
                .queryParam("clientId", clientId)
                .get(clients)
                .then()
                .statusCode(200)
                .extract()
                .as(List.class);
        if (!existing.isEmpty()) {
            return;
        }
        List<Map<String, Object>> mappers = !factdeskAudience
                ? List.of()
                : List.of(Map.of(
                        "name", "factdesk-audience",
                        "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.client.audience", "factdesk", "access.token.claim", "true")));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId", clientId,
                        "enabled", true,
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "attributes", attributes,
                        "protocolMappers", mappers))
                .post(clients)
                .then()
                .statusCode(201);
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
