package com.orderdesk.query.order;

import com.orderdesk.query.web.InvalidCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursor of the order list: the sort, and the sort value and id of the previous page's last order. */
record PageCursor(OrderSort sort, boolean ascending, String value, String orderId) {

    String encode() {
        String raw = sort.name() + "|" + (ascending ? "ASC" : "DESC") + "|" + value + "|" + orderId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursor if the text is not a cursor this API handed out */
    static PageCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || parts[3].isEmpty() || !(parts[1].equals("ASC") || parts[1].equals("DESC"))) {
                throw new InvalidCursor();
            }
            OrderSort sort = OrderSort.valueOf(parts[0]);
            sort.parameter(parts[2]);
            return new PageCursor(sort, parts[1].equals("ASC"), parts[2], parts[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }
}
