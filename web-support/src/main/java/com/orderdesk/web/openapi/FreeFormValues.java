package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Map;

/**
 * A Java {@code Object} (a map's values, an event's data) holds any JSON value, but springdoc describes it as an
 * object without properties, which a validator reads as "an object and nothing in it". Such schemas become the
 * empty schema: any JSON value.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class FreeFormValues {

    private FreeFormValues() {
    }

    static void allow(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(FreeFormValues::inside);
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    inside(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> inside(response.getContent()));
                }
            }));
        }
    }

    private static void inside(Content content) {
        if (content != null) {
            content.values().forEach(media -> media.setSchema(allowed(media.getSchema())));
        }
    }

    private static Schema allowed(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (isBareObject(schema)) {
            return new Schema<>().description(schema.getDescription());
        }
        inside(schema);
        return schema;
    }

    private static void inside(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.replaceAll((name, property) -> allowed(property));
        }
        if (schema.getItems() != null) {
            schema.setItems(allowed(schema.getItems()));
        }
        if (schema.getAdditionalProperties() instanceof Schema values) {
            schema.setAdditionalProperties(allowed(values));
        }
    }

    private static boolean isBareObject(Schema<?> schema) {
        return "object".equals(schema.getType()) && schema.get$ref() == null && schema.getProperties() == null
               && schema.getAdditionalProperties() == null && schema.getAllOf() == null && schema.getOneOf() == null
               && schema.getAnyOf() == null;
    }
}
