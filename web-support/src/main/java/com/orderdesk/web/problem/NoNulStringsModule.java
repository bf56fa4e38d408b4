package com.orderdesk.web.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a JSON string holding a NUL character (U+0000). PostgreSQL text cannot store it, so such a value
 * would sit in the event store and break every projection that copies it; it is refused at the door instead,
 * as a 400 problem.
 */
public class NoNulStringsModule extends SimpleModule {

    public NoNulStringsModule() {
        super("no-nul-strings");
        addDeserializer(String.class, new NoNulStringDeserializer());
    }

    private static final class NoNulStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value,
                                                               "NUL characters are not allowed in text");
            }
            return value;
        }
    }
}
