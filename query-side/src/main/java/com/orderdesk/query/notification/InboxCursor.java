package com.orderdesk.query.notification;

import com.orderdesk.query.web.InvalidCursor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where an inbox page ended: the last entry's unread rank and sequence number, as an opaque string. */
record InboxCursor(int rank, long seq) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                     .encodeToString((rank + ":" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    static InboxCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            int rank = Integer.parseInt(parts[0]);
            long seq = Long.parseLong(parts[1]);
            if (rank < 0 || rank > 1 || seq < 0) {
                throw new IllegalArgumentException("out of range");
            }
            return new InboxCursor(rank, seq);
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }
}
