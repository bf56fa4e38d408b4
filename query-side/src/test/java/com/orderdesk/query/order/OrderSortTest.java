package com.orderdesk.query.order;

import com.orderdesk.query.web.InvalidCursor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order list's cursors: the wire format they always had, and every tampering refused. */
class OrderSortTest {

    @Test
    void cursorSurvivesEncoding() {
        assertThat(OrderSort.ORDER_TIME.positionAfter(encode("ORDER_TIME|DESC|2026-11-22T01:02:03.123456Z|4f1c-order"),
                                                      false))
                .containsExactly(Timestamp.from(Instant.parse("2026-11-22T01:02:03.123456Z")), "4f1c-order");
        assertThat(OrderSort.TOTAL.positionAfter(encode("TOTAL|ASC|1234.50|o|with|bars"), true))
                .containsExactly(new BigDecimal("1234.50"), "o|with|bars");
    }

    @Test
    void tamperedCursorIsRejected() {
        assertThatThrownBy(() -> OrderSort.TOTAL.positionAfter(encode("hello"), true))
                .isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> OrderSort.TOTAL.positionAfter("%%%", true)).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> OrderSort.TOTAL.positionAfter(encode("TOTAL|ASC|not-a-number|o"), true))
                .isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> OrderSort.TOTAL.positionAfter(encode("NOPE|ASC|1|o"), true))
                .isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> OrderSort.TOTAL.positionAfter(encode("TOTAL|UP|1|o"), true))
                .isInstanceOf(InvalidCursor.class);
    }

    @Test
    void cursorOfAnotherSortOrDirectionIsRejected() {
        String byTotalAscending = encode("TOTAL|ASC|1|o");

        assertThatThrownBy(() -> OrderSort.TOTAL.positionAfter(byTotalAscending, false))
                .isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> OrderSort.RECORDED_AT.positionAfter(byTotalAscending, true))
                .isInstanceOf(InvalidCursor.class);
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
