package com.orderdesk.query.order;

import com.orderdesk.query.web.InvalidCursor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTest {

    @Test
    void cursorSurvivesEncoding() {
        PageCursor byTime = new PageCursor(OrderSort.ORDER_TIME, false, "2026-11-22T01:02:03.123456Z", "4f1c-order");
        PageCursor byTotal = new PageCursor(OrderSort.TOTAL, true, "1234.50", "o|with|bars");

        assertThat(PageCursor.decode(byTime.encode())).isEqualTo(byTime);
        assertThat(PageCursor.decode(byTotal.encode())).isEqualTo(byTotal);
    }

    @Test
    void tamperedCursorIsRejected() {
        assertThatThrownBy(() -> PageCursor.decode(encode("hello"))).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> PageCursor.decode("%%%")).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> PageCursor.decode(encode("TOTAL|ASC|not-a-number|o"))).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> PageCursor.decode(encode("NOPE|ASC|1|o"))).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> PageCursor.decode(encode("TOTAL|UP|1|o"))).isInstanceOf(InvalidCursor.class);
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
