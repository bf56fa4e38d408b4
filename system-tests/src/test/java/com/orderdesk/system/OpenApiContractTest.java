package com.orderdesk.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check refuses what a document does not describe: status, content type and body shape. */
class OpenApiContractTest {

    private static final OpenApiInteractionValidator DOCUMENT = OpenApiInteractionValidator
            .createForInlineApiSpecification("""
                    {"openapi": "3.0.1", "info": {"title": "t", "version": "1"},
                     "paths": {"/api/things/{id}": {"get": {
                       "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                       "responses": {
                         "200": {"description": "ok", "content": {"application/json": {"schema": {
                           "type": "object", "required": ["id"],
                           "properties": {"id": {"type": "string"}, "note": {"type": "string", "nullable": true}}}}}},
                         "404": {"description": "none", "content": {"application/problem+json": {"schema": {
                           "type": "object", "required": ["type", "status"],
                           "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}}}}}}}}}
                    """).build();

    @Test
    void acceptsADocumentedAnswer() {
        assertThatCode(() -> check(200, "application/json", "{\"id\":\"a\",\"note\":null}")).doesNotThrowAnyException();
        assertThatCode(() -> check(404, "application/problem+json", "{\"type\":\"urn:x\",\"status\":404}"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnUndocumentedStatus() {
        assertThatThrownBy(() -> check(409, "application/problem+json", "{\"type\":\"urn:x\",\"status\":409}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("409");
    }

    @Test
    void refusesAnUndocumentedContentType() {
        assertThatThrownBy(() -> check(404, "application/json", "{\"type\":\"urn:x\",\"status\":404}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesABodyOfAnotherShape() {
        assertThatThrownBy(() -> check(200, "application/json", "{\"note\":\"no id\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("id");
    }

    private static void check(int status, String contentType, String body) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true);
        OpenApiContract.check(DOCUMENT, "GET", "/api/things/1", status, headers, body);
    }
}
