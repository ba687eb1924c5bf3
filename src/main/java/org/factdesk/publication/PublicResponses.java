package org.factdesk.publication;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Public responses a CDN may cache: a strong ETag from the bytes, {@code Cache-Control:
 * public}, and 304 when the reader (or the CDN) already has them.
 */
final class PublicResponses {

    /** How long a shared cache may serve a page without asking again, in seconds. */
    static final int MAX_AGE = 60;

    private PublicResponses() {
    }

    static Response cacheable(Request request, String body, MediaType type) {
        return cacheable(request, PublicCache.Page.of(body), type);
    }

    static Response cacheable(Request request, PublicCache.Page page, MediaType type) {
        EntityTag tag = new EntityTag(page.etag());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE);
        cache.setPrivate(false);
        cache.getCacheExtension().put("public", null);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(page.bytes(), type).tag(tag).cacheControl(cache).build();
    }

    static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
