package com.orderdesk.query.audit;

import com.orderdesk.query.web.InvalidCursor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where an audit page ended: the last entry's time and id, as an opaque string. */
record AuditCursor(Instant at, String entryId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                     .encodeToString((at + "|" + entryId).getBytes(StandardCharsets.UTF_8));
    }

    static AuditCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0 || bar == text.length() - 1) {
                throw new IllegalArgumentException("no entry id");
            }
            Instant at = Instant.parse(text.substring(0, bar));
            String entryId = text.substring(bar + 1);
            if (!AuditFilter.inRange(at) || !entryId.matches("[A-Za-z0-9-]{1,80}")) {
                throw new IllegalArgumentException("out of range");
            }
            return new AuditCursor(at, entryId);
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }
}
