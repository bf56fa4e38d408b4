package com.orderdesk.query.notification;

import com.orderdesk.query.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging, unread-first order and read marks of one recipient's inbox. */
class InboxTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final Inbox inbox = new Inbox(jdbc);
    private final String me = "me-" + UUID.randomUUID();

    @Test
    void sameSourceNotifiesARecipientOnce() {
        assertThat(inbox.add(notification(me, "src-1"))).isTrue();
        assertThat(inbox.add(notification(me, "src-1"))).isFalse();
        assertThat(inbox.add(notification("someone-else-" + me, "src-1"))).isTrue();
        assertThat(inbox.unreadCount(me)).isEqualTo(1);
    }

    @Test
    void unreadFirstPagesThroughEveryEntryOnceAndReadMarksAreTheRecipientsOwn() {
        for (int i = 0; i < 7; i++) {
            inbox.add(notification(me, "n-" + i));
        }
        List<NotificationView> all = inbox.page(me, false, false, null, 100).stream().map(Inbox.Positioned::view)
                                          .toList();
        assertThat(all).extracting(NotificationView::subject)
                       .containsExactly("n-6", "n-5", "n-4", "n-3", "n-2", "n-1", "n-0");
        UUID second = UUID.fromString(all.get(1).notificationId());
        UUID fifth = UUID.fromString(all.get(4).notificationId());
        assertThat(inbox.markRead(me, second, T0)).isTrue();
        assertThat(inbox.markRead(me, fifth, T0)).isTrue();
        assertThat(inbox.markRead("intruder", fifth, T0)).as("not the intruder's notification").isFalse();
        assertThat(inbox.unreadCount(me)).isEqualTo(5);

        List<String> seen = new ArrayList<>();
        InboxCursor cursor = null;
        do {
            List<Inbox.Positioned> page = inbox.page(me, true, false, cursor, 3);
            page.forEach(p -> seen.add(p.view().subject() + (p.view().read() ? "(read)" : "")));
            cursor = page.size() < 3 ? null : page.get(page.size() - 1).position();
        } while (cursor != null);

        assertThat(seen).containsExactly("n-6", "n-4", "n-3", "n-1", "n-0", "n-5(read)", "n-2(read)");
        assertThat(inbox.page(me, false, true, null, 100)).hasSize(5);
        assertThat(inbox.markAllRead(me, T0)).isEqualTo(5);
        assertThat(inbox.unreadCount(me)).isZero();
    }

    @Test
    void cursorsSurviveEncodingAndForgedOnesAreRefused() {
        InboxCursor cursor = new InboxCursor(1, 42);
        assertThat(InboxCursor.decode(cursor.encode())).isEqualTo(cursor);
        for (String forged : List.of("", "abc", "MToy:", "Mzo0", "LTE6Mg")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> InboxCursor.decode(forged))
                                           .as(forged).isInstanceOf(com.orderdesk.query.web.InvalidCursor.class);
        }
    }

    private static NewNotification notification(String recipient, String source) {
        return new NewNotification(recipient, source, NotificationKind.TASK_MOVED, "w", "t", null, "actor", source,
                                   null, T0);
    }
}
