package com.orderdesk.query.notification;

import com.orderdesk.query.ReadModelDatabase;
import com.orderdesk.query.list.Cursor;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.web.InvalidCursor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paging, unread-first order and read marks of one recipient's inbox. */
class InboxTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final InboxWrites inbox = new InboxWrites(jdbc);
    private final InboxReads reads = new InboxReads(jdbc);
    private final String me = "me-" + UUID.randomUUID();

    @Test
    void sameSourceNotifiesARecipientOnce() {
        assertThat(inbox.add(notification(me, "src-1"))).isTrue();
        assertThat(inbox.add(notification(me, "src-1"))).isFalse();
        assertThat(inbox.add(notification("someone-else-" + me, "src-1"))).isTrue();
        assertThat(reads.unreadCount(me)).isEqualTo(1);
    }

    @Test
    void unreadFirstPagesThroughEveryEntryOnceAndReadMarksAreTheRecipientsOwn() {
        for (int i = 0; i < 7; i++) {
            inbox.add(notification(me, "n-" + i));
        }
        List<NotificationView> all = reads.page(me, false, false, null, 100).items();
        assertThat(all).extracting(NotificationView::subject)
                       .containsExactly("n-6", "n-5", "n-4", "n-3", "n-2", "n-1", "n-0");
        UUID second = UUID.fromString(all.get(1).notificationId());
        UUID fifth = UUID.fromString(all.get(4).notificationId());
        assertThat(inbox.markRead(me, second, T0)).isTrue();
        assertThat(inbox.markRead(me, fifth, T0)).isTrue();
        assertThat(inbox.markRead("intruder", fifth, T0)).as("not the intruder's notification").isFalse();
        assertThat(reads.unreadCount(me)).isEqualTo(5);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<NotificationView> page = reads.page(me, true, false, cursor, 3);
            page.items().forEach(view -> seen.add(view.subject() + (view.read() ? "(read)" : "")));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly("n-6", "n-4", "n-3", "n-1", "n-0", "n-5(read)", "n-2(read)");
        assertThat(reads.page(me, false, true, null, 100).items()).hasSize(5);
        assertThat(inbox.markAllRead(me, T0)).isEqualTo(5);
        assertThat(reads.unreadCount(me)).isZero();
    }

    @Test
    void forgedCursorsAreRefused() {
        for (String forged : List.of("", "abc", "MToy:", Cursor.encode(3, 4), Cursor.encode(-1, 2),
                                     Cursor.encode(0, -2), Cursor.encode(0, 1, 2), Cursor.encode("x", 2))) {
            assertThatThrownBy(() -> reads.page(me, true, false, forged, 10)).as(forged)
                                                                             .isInstanceOf(InvalidCursor.class);
        }
        assertThatThrownBy(() -> reads.page(me, false, false, Cursor.encode(1, 2), 10))
                .as("an unread-first position outside unread-first").isInstanceOf(InvalidCursor.class);
        assertThat(reads.page(me, true, false, Cursor.encode(1, 2), 10).items()).isEmpty();
    }

    private static NewNotification notification(String recipient, String source) {
        return new NewNotification(recipient, source, NotificationKind.TASK_MOVED, "w", "t", null, "actor", source,
                                   null, T0);
    }
}
