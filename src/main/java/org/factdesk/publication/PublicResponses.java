package org.factdesk.publication;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Public responses a CDN may cache: a strong ETag from the bytes, {@code Cache-Control:
 * public}, and 304 when the reader (or the CDN) already has them.
 */
final class PublicResponses {

    /** How long a shared cache may serve a page without asking again, in seconds. */
    static final int MAX_AGE = 60;

    /** The Cache-Control of every public response. */
    static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE;

    private PublicResponses() {}

    static Response cacheable(Request request, String body, MediaType type) {
        return cacheable(request, PublicCache.Page.of(body), type);
    }

    static Response cacheable(Request request, PublicCache.Page page, MediaType type) {
        EntityTag tag = new EntityTag(page.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(page.body(), type);
        return response.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    /**
     * The ETag of a body: two different 32-bit checksums (CRC-32C and CRC-32, both computed by
     * the CPU's own instructions) and the length. Two versions of one page get the same tag
     * with odds of about 1 in 2^64; nothing relies on it being hard to forge, so a
     * cryptographic hash (five times slower here) would buy nothing.
     */
    static String hash(byte[] body) {
        CRC32C first = new CRC32C();
        first.update(body);
        CRC32 second = new CRC32();
        second.update(body);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) first.getValue()) + hex.toHexDigits((int) second.getValue()) + "-"
                + Integer.toHexString(body.length);
    }
}
