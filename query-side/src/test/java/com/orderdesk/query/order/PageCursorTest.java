package com.orderdesk.query.order;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTest {

    @Test
    void cursorSurvivesEncodingWithNanosecondPrecision() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-22T01:02:03.123456789Z"), "4f1c-order");

        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void tamperedCursorIsRejected() {
        String notACursor = Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PageCursor.decode(notACursor)).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> PageCursor.decode("%%%")).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> PageCursor.decode(Base64.getUrlEncoder().encodeToString(
                "x.1/o".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(InvalidCursor.class);
    }
}
