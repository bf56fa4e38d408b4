package com.orderdesk.web.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The success answer of an operation as it really is: its status, its media types and, for JSON, its shape. */
@SuppressWarnings("rawtypes")
final class SuccessAnswers {

    /** springdoc's schema for a StreamingResponseBody: an empty object, not what the stream holds. */
    static final String STREAMED = "StreamingResponseBody";
    private static final String STREAMED_REF = "#/components/schemas/" + STREAMED;
    private static final String ANY = "*/*";
    private static final String JSON = "application/json";

    private final ApiContractRules rules;

    SuccessAnswers(ApiContractRules rules) {
        this.rules = rules;
    }

    void describe(String name, ApiResponses responses, Components components) {
        status(name, responses);
        responses.forEach((code, response) -> {
            if (code.startsWith("2")) {
                mediaTypes(name, response, components);
            }
        });
    }

    /** A handler that builds its own ResponseEntity may answer 201, 202 or 204 where springdoc assumes 200. */
    private void status(String name, ApiResponses responses) {
        Integer status = rules.successStatus(name);
        ApiResponse ok = responses.get("200");
        if (status == null || ok == null) {
            return;
        }
        responses.remove("200");
        ok.setDescription(HttpStatus.valueOf(status).getReasonPhrase());
        if (status == 204) {
            ok.setContent(null);
        }
        Map<String, ApiResponse> reordered = new LinkedHashMap<>(responses);
        responses.clear();
        responses.addApiResponse(Integer.toString(status), ok);
        responses.putAll(reordered);
    }

    /** {@code *}{@code /*} becomes JSON, unless the app declared the types of a streamed or ready-made answer. */
    private void mediaTypes(String name, ApiResponse response, Components components) {
        Content content = response.getContent();
        if (content == null || content.isEmpty()) {
            return;
        }
        Schema<?> schema = content.values().iterator().next().getSchema();
        if (schema != null && STREAMED_REF.equals(schema.get$ref())) {
            schema = new ObjectSchema().description("A JSON document, streamed");
        }
        Class<?> body = rules.body(name);
        if (body != null) {
            schema = schemaOf(body, components);
        }
        List<String> types = rules.mediaTypes(name);
        if (types == null) {
            types = content.containsKey(ANY) ? List.of(JSON) : List.copyOf(content.keySet());
        }
        Content precise = new Content();
        for (String type : types) {
            precise.addMediaType(type, new MediaType().schema(schemaIn(type, schema)));
        }
        response.setContent(precise);
    }

    private static Set<String> propertyNames(Schema<?> schema) {
        return schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
    }

    /** JSON (and event streams of JSON) keep the schema; text is a string, anything else a binary string. */
    private static Schema<?> schemaIn(String type, Schema<?> schema) {
        if (type.equals(JSON) || type.endsWith("+json") || type.equals("text/event-stream")) {
            return schema;
        }
        return type.startsWith("text/") || type.endsWith("ndjson") ? new StringSchema()
                                                                     : new StringSchema().format("binary");
    }

    private static Schema<?> schemaOf(Class<?> type, Components components) {
        ResolvedSchema resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(type));
        Map<String, Schema> schemas = new LinkedHashMap<>(resolved.referencedSchemas);
        String typeName = resolved.schema.getName() == null ? type.getSimpleName() : resolved.schema.getName();
        schemas.put(typeName, resolved.schema);
        schemas.forEach((schemaName, schema) -> {
            Schema<?> existing = components.getSchemas() == null ? null : components.getSchemas().get(schemaName);
            if (existing == null) {
                components.addSchemas(schemaName, schema);
            } else if (!Objects.equals(propertyNames(existing), propertyNames(schema))) {
                // Two types of one simple name would share one schema: name one with @Schema(name = ...).
                throw new IllegalStateException("Two different types are both named " + schemaName
                                                + " in the OpenAPI document");
            }
        });
        return new Schema<>().$ref("#/components/schemas/" + typeName);
    }
}
