package com.orderdesk.query.support;

import com.orderdesk.query.web.InvalidCursor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque keyset cursor of a support list: which list it belongs to, and the sort time (submission for the
 * requester's list, due date for the admins' queue) and id of the previous page's last request.
 */
record SupportCursor(String list, Instant at, String requestId) {

    static final String OWN = "OWN";
    static final String QUEUE = "QUEUE";

    String encode() {
        String raw = list + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + requestId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursor if the text is not a cursor this list handed out */
    static SupportCursor decode(String text, String expectedList) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals(expectedList) || parts[3].isEmpty()) {
                throw new InvalidCursor();
            }
            return new SupportCursor(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1]),
                                                                     Long.parseLong(parts[2])), parts[3]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidCursor();
        }
    }
}
