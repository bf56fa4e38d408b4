package com.orderdesk.query.list;

import com.orderdesk.query.web.InvalidCursor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void fieldsSurviveEncoding() {
        Instant at = Instant.parse("2026-11-22T01:02:03.123456Z");

        Cursor cursor = Cursor.decode(Cursor.encode("QUEUE", at, 42L, "last|may|hold|bars"), 4);

        assertThat(cursor.text(0)).isEqualTo("QUEUE");
        assertThat(cursor.instant(1)).isEqualTo(at);
        assertThat(cursor.number(2)).isEqualTo(42L);
        assertThat(cursor.text(3)).isEqualTo("last|may|hold|bars");
    }

    @Test
    void cursorIsBase64UrlOfTheFieldsJoinedByBars() {
        assertThat(new String(Base64.getUrlDecoder().decode(Cursor.encode("a", 1, "b")), StandardCharsets.UTF_8))
                .isEqualTo("a|1|b");
    }

    @Test
    void whatDoesNotDecodeToTheExpectedFieldsIsAnInvalidCursor() {
        assertThatThrownBy(() -> Cursor.decode("%%%", 2)).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("only-one"), 2)).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("a", ""), 2)).isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("a", "b"), 2).number(0))
                .isInstanceOf(InvalidCursor.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("a", "b"), 2).instant(1))
                .isInstanceOf(InvalidCursor.class);
    }

    @Test
    void onlyTheLastFieldMayHoldTheSeparator() {
        assertThatThrownBy(() -> Cursor.encode("a|b", "c")).isInstanceOf(IllegalArgumentException.class);
    }
}
