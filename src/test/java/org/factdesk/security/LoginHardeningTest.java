package org.factdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.factdesk.testing.Browser;
import org.factdesk.testing.Docs;
import org.factdesk.testing.KeycloakFixture;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

/** The realm and the session cookies hold against guessing and theft. */
@QuarkusTest
class LoginHardeningTest {

    @TestHTTPResource("/workspace")
    URL workspace;

    @Test
    void passwordGuessingLocksTheAccountForAWhile() {
        String username = "guess-target-" + UUID.randomUUID().toString().substring(0, 8);
        String id = KeycloakFixture.createUser(username, "right-password-1");
        try {
            assertEquals(200, KeycloakFixture.passwordGrantStatus(username, "right-password-1"), "the account works");
            int failureFactor = ((Number) KeycloakFixture.realmSettings().get("failureFactor")).intValue();
            for (int i = 0; i < failureFactor; i++) {
                assertNotEquals(200, KeycloakFixture.passwordGrantStatus(username, "guess-" + i));
            }
            assertNotEquals(
                    200,
                    KeycloakFixture.passwordGrantStatus(username, "right-password-1"),
                    "after " + failureFactor + " wrong guesses even the right password is refused");
            assertEquals(Boolean.TRUE, KeycloakFixture.bruteForceStatus(id).get("disabled"));
            System.out.printf("login hardening: %d wrong guesses lock the account%n", failureFactor);
            Docs.assertQuotes("docs/SECURITY.md", "guesses a throwaway user's password (\\d+) times", failureFactor);
        } finally {
            KeycloakFixture.deleteUser(id);
        }
    }

    @Test
    void realmSettingsAreHardened() {
        Map<String, Object> realm = KeycloakFixture.realmSettings();
        assertEquals(Boolean.TRUE, realm.get("bruteForceProtected"));
        assertFalse(Boolean.TRUE.equals(realm.get("registrationAllowed")), "nobody signs themselves up");
        int failures = ((Number) realm.get("failureFactor")).intValue();
        assertTrue(failures >= 3 && failures <= 10, "lockout after " + failures + " failures");
        assertTrue(
                ((Number) realm.get("accessTokenLifespan")).intValue() <= 300, "access tokens live at most 5 minutes");
        assertTrue(
                ((Number) realm.get("ssoSessionIdleTimeout")).intValue() <= 1800,
                "idle sessions end within 30 minutes");
        assertTrue(
                ((Number) realm.get("ssoSessionMaxLifespan")).intValue() <= 12 * 3600,
                "sessions end within a working day");
        assertEquals("external", realm.get("sslRequired"));

        String token = KeycloakFixture.tokenFor("alice");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        long exp = Long.parseLong(payload.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        long iat = Long.parseLong(payload.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        assertTrue(exp - iat <= 300, "issued tokens live " + (exp - iat) + " s");

        int tokenMinutes = ((Number) realm.get("accessTokenLifespan")).intValue() / 60;
        int idleMinutes = ((Number) realm.get("ssoSessionIdleTimeout")).intValue() / 60;
        int maxHours = ((Number) realm.get("ssoSessionMaxLifespan")).intValue() / 3600;
        System.out.printf(
                "realm: lockout after %d failures, access tokens %d min (issued: %d s), idle sessions %d min,"
                        + " sessions at most %d h%n",
                failures, tokenMinutes, exp - iat, idleMinutes, maxHours);
        Docs.assertQuotes("docs/SECURITY.md", "lockout\\s+after (\\d+) failures", failures);
        Docs.assertQuotes(
                "docs/SECURITY.md",
                "idle sessions end after (\\d+)\\s+minutes, at most (\\d+) hours",
                idleMinutes,
                maxHours);
        Docs.assertQuotedEverywhere("access tokens\\s+(?:live\\s+)?(\\d+)\\s+minutes", tokenMinutes);
        Docs.assertQuotes("docs/RELIABILITY.md", "needs refreshing\\s+\\((\\d+) minutes at most\\)", tokenMinutes);
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteLax() throws Exception {
        try (Browser browser = new Browser()) {
            Browser.logIn(browser.open(workspace.toString()), "alice", "alice");
            Set<Cookie> cookies = browser.cookies();
            var session = cookies.stream()
                    .filter(c -> c.getName().startsWith("q_session"))
                    .toList();
            assertFalse(session.isEmpty(), "the session lives in cookies: " + cookies);
            for (Cookie cookie : session) {
                assertTrue(cookie.isHttpOnly(), cookie + " is HttpOnly");
                assertEquals("lax", String.valueOf(cookie.getSameSite()).toLowerCase(), cookie + " is SameSite=Lax");
            }
            var csrf = cookies.stream()
                    .filter(c -> c.getName().equals("csrf-token"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(csrf.isHttpOnly(), "the CSRF cookie is HttpOnly");
        }
    }
}
