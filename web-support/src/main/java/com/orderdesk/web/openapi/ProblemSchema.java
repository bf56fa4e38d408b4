package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.List;

/** The RFC 9457 problem details both apps answer errors with, and the extension fields they add. */
final class ProblemSchema {

    static final String NAME = "ProblemDetail";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {
    }

    static Schema<?> schema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details; the type is stable, the texts are for people.")
                .addProperty("type", new StringSchema().description("Stable problem type (a URI)")
                                                       .example("urn:orderdesk:problem:not-found"))
                .addProperty("title", new StringSchema().description("Short summary of the problem type"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong this time"))
                .addProperty("instance", new StringSchema().description("The request path"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                                                        .description("Invalid fields of the request body"))
                .addProperty("currentStatus", new StringSchema().description("Status that refused a transition"))
                .addProperty("allowedStatuses", new ArraySchema().items(new StringSchema())
                                                                 .description("Statuses allowed from the current one"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                                                                  .description("Version to send in If-Match"))
                .addProperty("existingOrderId", new StringSchema()
                        .description("The order already recorded with this external order number"));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }
}
