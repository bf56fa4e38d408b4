package com.orderdesk.web.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON is read as written: what would be coerced into something else is refused. */
class StrictInputTest {

    enum Kind { RETURN, EXCHANGE }

    record Line(String sku, int quantity, BigDecimal unitPrice, Instant orderedAt, Kind kind, Boolean gift,
                List<String> tags) {
    }

    private final JsonMapper mapper = strictMapper();

    @Test
    void wellFormedValuesAreReadAsTheyAre() throws Exception {
        Line line = mapper.readValue("""
                {"sku":"TEA-1","quantity":2,"unitPrice":"88.50","orderedAt":"2026-11-20T09:30:00Z",
                 "kind":"RETURN","gift":true,"tags":["vip"]}""", Line.class);

        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.unitPrice()).isEqualByComparingTo("88.50");
        assertThat(mapper.readValue("{\"unitPrice\":88.5,\"quantity\":1}", Line.class).unitPrice())
                .isEqualByComparingTo("88.5");
        assertThat(line.orderedAt()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThat(mapper.readValue("{\"quantity\":1,\"orderedAt\":\"9999-12-31T23:59:59Z\"}", Line.class)
                         .orderedAt()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"quantity\":1.5}",                          // a fraction where an integer belongs
            "{\"quantity\":2.0}",
            "{\"quantity\":1e2}",
            "{\"quantity\":\"2\"}",                        // text where an integer belongs
            "{\"quantity\":99999999999}",                  // beyond an int
            "{\"quantity\":1,\"sku\":1001}",               // a number where text belongs
            "{\"quantity\":1,\"sku\":true}",
            "{\"quantity\":1,\"gift\":\"yes\"}",           // text or a number for a flag
            "{\"quantity\":1,\"gift\":1}",
            "{\"quantity\":1,\"kind\":0}",                 // a number for an enum
            "{\"quantity\":1,\"kind\":\"NOPE\"}",
            "{\"quantity\":1,\"orderedAt\":1763631000}",   // a number for an instant
            "{\"quantity\":1,\"orderedAt\":\"+10000-01-01T00:00:00Z\"}",
            "{\"quantity\":1,\"orderedAt\":\"1969-12-31T23:59:59Z\"}",
            "{\"quantity\":1,\"orderedAt\":\"2026-02-30T00:00:00Z\"}",
            "{\"quantity\":1,\"tags\":\"vip\"}",           // a single value for a list
            "{\"quantity\":1} {\"quantity\":2}",           // anything after the value
            "{\"quantity\":1,\"unitPrice\":\"9,99\"}"})
    void valuesThatWouldBeCoercedAreRefused(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Line.class)).isInstanceOf(JacksonException.class);
    }

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictInput().strictJsonInput().customize(builder);
        return builder.build();
    }
}
