package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The apps write absent values as JSON {@code null} (and read them so): every property that a schema does not
 * require is declared nullable. OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}, and validators do not
 * read it on an {@code allOf} wrapper, so a schema referenced by an optional property is itself nullable.
 */
@SuppressWarnings("rawtypes")
final class NullableProperties {

    private NullableProperties() {
    }

    static void declare(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> optionallyReferenced = new HashSet<>();
        schemas.values().forEach(schema -> declare(schema, optionallyReferenced));
        optionallyReferenced.forEach(ref -> {
            Schema<?> referenced = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (referenced != null) {
                referenced.setNullable(Boolean.TRUE);
            }
        });
    }

    private static void declare(Schema<?> schema, Set<String> optionallyReferenced) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.get$ref() != null) {
                optionallyReferenced.add(property.get$ref());
            } else {
                property.setNullable(Boolean.TRUE);
            }
        });
    }
}
