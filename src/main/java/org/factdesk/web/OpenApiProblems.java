package org.factdesk.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the error responses every JSON operation can give, all as
 * {@code application/problem+json}, so that clients see them next to the roles
 * (which Quarkus adds from {@code @RolesAllowed}).
 */
public class OpenApiProblems implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getComponents().addSchema("Problem", problemSchema());
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        add(operation, "401", "No valid bearer token (missing, expired, garbled, or for another client or realm)");
        add(operation, "403", "Your roles do not allow this");
        if (path.contains("{")) {
            add(operation, "404", "Not found");
        }
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        if (writes) {
            add(operation, "400", "The body is not valid JSON of the expected shape");
            add(operation, "422", "Invalid input; `errors` names each field");
        }
        if (writes || method == PathItem.HttpMethod.DELETE) {
            if (path.startsWith("/api/claims/{")) {
                add(
                        operation,
                        "409",
                        "The claim changed since your version, or its state does not allow this;"
                                + " `currentState` and `currentVersion` say where it is");
                add(operation, "428", "No claim version given (field `version` or If-Match)");
            }
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        });
    }

    private static void add(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            operation.getResponses().addAPIResponse(code, response);
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .properties(Map.of(
                        "type",
                        text,
                        "title",
                        text,
                        "detail",
                        text,
                        "instance",
                        text,
                        "status",
                        OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .additionalPropertiesSchema(text)));
    }
}
