package com.orderdesk.web.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns springdoc's description of an app into a contract clients can generate code from: precise media types
 * instead of {@code *}{@code /*}, the real success status, the 4xx problem answers of every operation, and the
 * bearer token on every operation that needs one (so Swagger UI's "Authorize" works).
 */
@SuppressWarnings("rawtypes")
class OpenApiContractCustomizer implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearer-jwt";
    private static final String ANY = "*/*";
    private static final String JSON = "application/json";
    /** springdoc's name for a StreamingResponseBody: an empty object, not what the stream holds. */
    private static final String STREAMED = "#/components/schemas/StreamingResponseBody";

    private final ApiContractRules rules;
    private final String title;

    OpenApiContractCustomizer(ApiContractRules rules, String title) {
        this.rules = rules;
        this.title = title;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getInfo() != null && !title.isBlank()) {
            openApi.getInfo().setTitle(title);
        }
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(ProblemSchema.NAME, ProblemSchema.schema());
        components.addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from POST /api/auth/login on the command side"));
        Set<String> documented = new TreeSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String name = method.name() + " " + path;
                documented.add(name);
                describe(name, method.name(), operation, components);
            }));
        }
        if (components.getSchemas() != null) {
            components.getSchemas().remove("StreamingResponseBody"); // no longer referenced, see STREAMED
        }
        FreeFormValues.allow(openApi);
        NullableProperties.declare(components);
        Set<String> unknown = new TreeSet<>(rules.namedOperations());
        unknown.removeAll(documented);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("The API contract rules name operations that do not exist: " + unknown);
        }
    }

    private void describe(String name, String method, Operation operation, Components components) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<String> takes = rules.requestMediaTypes(name);
        if (takes != null) {
            Content body = new Content();
            takes.forEach(type -> body.addMediaType(type, new MediaType().schema(new StringSchema())));
            operation.setRequestBody(new RequestBody().required(true).content(body));
        }
        successStatus(name, responses);
        responses.forEach((code, response) -> {
            if (code.startsWith("2")) {
                successMediaTypes(name, response, components);
            }
        });
        boolean authenticated = !rules.isPublic(name);
        Set<Integer> problems = new TreeSet<>(ProblemStatuses.of(method, operation, authenticated));
        problems.addAll(rules.extraProblems(name));
        for (int status : problems) {
            ApiResponse response = responses.computeIfAbsent(Integer.toString(status), code -> new ApiResponse());
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(HttpStatus.valueOf(status).getReasonPhrase());
            }
            response.setContent(new Content().addMediaType(
                    ProblemSchema.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ProblemSchema.NAME))));
        }
        if (authenticated) {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
    }

    /** A handler that builds its own ResponseEntity may answer 201, 202 or 204 where springdoc assumes 200. */
    private void successStatus(String name, ApiResponses responses) {
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
    private void successMediaTypes(String name, ApiResponse response, Components components) {
        Content content = response.getContent();
        if (content == null || content.isEmpty()) {
            return;
        }
        Schema<?> schema = content.values().iterator().next().getSchema();
        if (schema != null && STREAMED.equals(schema.get$ref())) {
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
        schemas.put(type.getSimpleName(), resolved.schema);
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
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }
}
