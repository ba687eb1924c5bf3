package org.factdesk.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The claim version a change is based on, from the body's {@code version} or an If-Match ETag. */
public final class Versions {

    private Versions() {}

    /**
     * @return the version, or null when neither names one
     * @throws ProblemException 422 when the two disagree or the ETag is not one of ours
     */
    public static Long basedOn(Long bodyVersion, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        long fromHeader;
        try {
            fromHeader = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", Texts.text("input.etag"));
        }
        if (bodyVersion != null && bodyVersion != fromHeader) {
            throw ProblemException.invalid("version", Texts.text("input.version-mismatch", bodyVersion, fromHeader));
        }
        return fromHeader;
    }

    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 200 with the entity and its version as ETag. */
    public static Response withEtag(Object entity, long version) {
        return Response.ok(entity).tag(etag(version)).build();
    }
}
