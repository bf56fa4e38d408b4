package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns springdoc's description of an app into a contract clients can generate code from: precise media types
 * instead of {@code *}{@code /*}, the real success status, the 4xx problem answers of every operation, and the
 * bearer token on every operation that needs one (so Swagger UI's "Authorize" works).
 */
class OpenApiContractCustomizer implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearer-jwt";

    private final ApiContractRules rules;
    private final SuccessAnswers successAnswers;
    private final String title;

    OpenApiContractCustomizer(ApiContractRules rules, String title) {
        this.rules = rules;
        this.successAnswers = new SuccessAnswers(rules);
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
            components.getSchemas().remove(SuccessAnswers.STREAMED); // no longer referenced
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
        successAnswers.describe(name, responses, components);
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
}
