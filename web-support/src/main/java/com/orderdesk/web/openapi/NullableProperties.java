package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The apps write absent values as JSON {@code null} (and read them so): every property that a schema does not
 * require is declared nullable. OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}, so a nullable
 * reference is wrapped in {@code allOf}.
 */
final class NullableProperties {

    private NullableProperties() {
    }

    static void declare(Components components) {
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(NullableProperties::declare);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void declare(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.replaceAll((name, property) -> {
            if (required.contains(name)) {
                return property;
            }
            if (property.get$ref() != null) {
                return new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref()))).nullable(true);
            }
            property.setNullable(Boolean.TRUE);
            return property;
        });
    }
}
