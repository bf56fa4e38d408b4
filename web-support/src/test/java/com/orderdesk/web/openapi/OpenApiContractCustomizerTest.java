package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the customizer makes of springdoc's vague description. */
class OpenApiContractCustomizerTest {

    @Test
    void anUpdateWithIfMatchGetsItsProblemAnswersAndTheBearerToken() {
        Operation update = anyAnswer().addParametersItem(new PathParameter().name("orderId"))
                                      .addParametersItem(new HeaderParameter().name("If-Match"))
                                      .requestBody(new RequestBody());
        OpenAPI api = customised(new ApiContractRules(), "PUT", "/api/orders/{orderId}/lines", update);

        assertThat(update.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "415",
                                                           "422", "428");
        assertThat(update.getResponses().get("200").getContent()).containsOnlyKeys("application/json");
        assertThat(update.getResponses().get("412").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(update.getSecurity()).singleElement().satisfies(s -> assertThat(s).containsKey("bearer-jwt"));
        assertThat(api.getComponents().getSecuritySchemes().get("bearer-jwt").getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getInfo().getTitle()).isEqualTo("orderdesk-test");
    }

    @Test
    void aPublicOperationHasNoTokenAndNoAuthenticationProblems() {
        Operation login = anyAnswer().requestBody(new RequestBody());
        ApiContractRules rules = new ApiContractRules().publicOperations("POST /api/auth/login")
                                                       .successStatus(201, "POST /api/auth/login");
        customised(rules, "POST", "/api/auth/login", login);

        assertThat(login.getSecurity()).isNull();
        assertThat(login.getResponses()).containsOnlyKeys("201", "400", "415", "422");
    }

    @Test
    void aStreamedAnswerIsInTheDeclaredMediaTypes() {
        Operation export = anyAnswer();
        customised(new ApiContractRules().answersIn("GET /api/audit/export", "application/x-ndjson", "text/csv"),
                   "GET", "/api/audit/export", export);

        assertThat(export.getResponses().get("200").getContent()).containsOnlyKeys("application/x-ndjson",
                                                                                   "text/csv");
    }

    @Test
    void rulesNamingAnOperationThatDoesNotExistAreRefused() {
        assertThatThrownBy(() -> customised(new ApiContractRules().successStatus(204, "POST /api/typo"), "GET",
                                            "/api/orders", anyAnswer()))
                .hasMessageContaining("POST /api/typo");
    }

    /** As springdoc describes a handler without {@code produces}: 200 in any media type. */
    private static Operation anyAnswer() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")
                .content(new Content().addMediaType("*/*", new MediaType().schema(new ObjectSchema()
                        .addProperty("id", new StringSchema()))))));
    }

    private static OpenAPI customised(ApiContractRules rules, String method, String path, Operation operation) {
        PathItem item = new PathItem();
        item.operation(PathItem.HttpMethod.valueOf(method), operation);
        OpenAPI api = new OpenAPI().info(new Info().title("OpenAPI definition"))
                                   .paths(new Paths().addPathItem(path, item));
        new OpenApiContractCustomizer(rules, "orderdesk-test").customise(api);
        return api;
    }
}
