package org.factdesk.publication;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 writes it: lists, weak tags and the wildcard. */
class PublicCacheRouteTest {

    @Test
    void ifNoneMatch() {
        String etag = "\"abc-1\"";
        assertTrue(PublicCacheRoute.matches("\"abc-1\"", etag));
        assertTrue(PublicCacheRoute.matches("W/\"abc-1\"", etag));
        assertTrue(PublicCacheRoute.matches("\"x\", \"abc-1\"", etag));
        assertTrue(PublicCacheRoute.matches("*", etag));
        assertFalse(PublicCacheRoute.matches(null, etag));
        assertFalse(PublicCacheRoute.matches("", etag));
        assertFalse(PublicCacheRoute.matches("\"abc-12\"", etag));
        assertFalse(PublicCacheRoute.matches("abc-1", etag));
    }
}
