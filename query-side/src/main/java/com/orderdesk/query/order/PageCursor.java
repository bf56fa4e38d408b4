package com.orderdesk.query.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque keyset cursor of the order list: the sort key of the last order on the previous page. */
record PageCursor(Instant recordedAt, String orderId) {

    String encode() {
        String raw = recordedAt.getEpochSecond() + "." + recordedAt.getNano() + "/" + orderId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursor if the text is not a cursor this API handed out */
    static PageCursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            int dot = raw.indexOf('.');
            if (slash < 0 || dot < 0 || dot > slash || slash == raw.length() - 1) {
                throw new InvalidCursor();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                                               Long.parseLong(raw.substring(dot + 1, slash)));
            return new PageCursor(at, raw.substring(slash + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidCursor();
        }
    }

}
