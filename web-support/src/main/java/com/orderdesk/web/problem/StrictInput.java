package com.orderdesk.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.Instant;

/**
 * What both apps receive is read as written, never coerced. In JSON bodies a fraction where an integer belongs, a
 * number where text or an instant belongs, text where an integer or a flag belongs, a number for an enum and anything
 * after the value are refused (400 problem) instead of silently becoming something else.
 * Decimal amounts may be written as numbers or as text ("9.99"), which keeps them exact in any client.
 * Instants, in bodies and in request parameters, are ISO-8601 text between {@link #EARLIEST} and {@link #LATEST}:
 * what every store and report can hold. A query string must be valid percent-encoded UTF-8 ({@link QueryStringGuard}).
 */
@AutoConfiguration
public class StrictInput implements WebMvcConfigurer {

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final String OUT_OF_RANGE = "an instant must lie between 1970 and 9999";

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // A parameter that fails here is a type mismatch: 400 problem details.
        registry.addConverter(String.class, Instant.class, text -> {
            Instant value = Instant.parse(text.strip());
            if (!inRange(value)) {
                throw new IllegalArgumentException(OUT_OF_RANGE);
            }
            return value;
        });
    }

    private static boolean inRange(Instant value) {
        return !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }

    /** Runs before every other filter: a security filter may read a parameter first. */
    @Bean
    FilterRegistrationBean<QueryStringGuard> queryStringGuard() {
        FilterRegistrationBean<QueryStringGuard> registration = new FilterRegistrationBean<>(new QueryStringGuard());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own refusals (before any application sees the request) as problem details too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                                              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                                              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                                              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-instants").setDeserializerModifier(new InstantsAsIsoText()));
    }

    /** Wraps the instant deserializer: text only, within the range. */
    private static final class InstantsAsIsoText extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                       ValueDeserializer<?> deserializer) {
            return bean.getBeanClass() == Instant.class ? new BoundedInstant(deserializer) : deserializer;
        }
    }

    private static final class BoundedInstant extends DelegatingDeserializer {

        BoundedInstant(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedInstant(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(Instant.class, parser);
            }
            Instant value = (Instant) super.deserialize(parser, context);
            if (value != null && !inRange(value)) {
                return context.handleWeirdStringValue(Instant.class, parser.getString(), OUT_OF_RANGE);
            }
            return value;
        }
    }
}
