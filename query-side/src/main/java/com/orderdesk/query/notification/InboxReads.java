package com.orderdesk.query.notification;

import com.orderdesk.query.list.Cursor;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.list.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads of one recipient's inbox: pages, one notification, the unread count. */
@Repository
class InboxReads {

    private static final String VIEW_COLUMNS = """
            n.seq, n.notification_id, n.kind, n.subject, n.detail, n.task_id, n.order_id, n.actor_id,
            a.display_name AS actor_name, n.created_at, n.read_at""";

    private final JdbcClient jdbc;

    InboxReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The live inbox's current state: its unread count. */
    @QueryHandler
    InboxUpdate handle(FetchInbox query) {
        return new InboxUpdate(null, unreadCount(query.recipientId()));
    }

    Optional<NotificationView> find(String recipientId, String sourceKey) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM query_side.notification n "
                        + "LEFT JOIN query_side.account a ON a.account_id = n.actor_id "
                        + "WHERE n.recipient_id = ? AND n.source_key = ?")
                   .params(recipientId, sourceKey).query(InboxReads::view).optional();
    }

    /**
     * A page, newest first, or unread ones first when asked. The cursor is the last entry's position in that
     * order: its unread rank (1 unread, 0 read; always 0 without unread-first) and its sequence number.
     *
     * @throws com.orderdesk.query.web.InvalidCursor if the cursor is not one this list handed out
     */
    Page<NotificationView> page(String recipientId, boolean unreadFirst, boolean unreadOnly, String cursor,
                                int limit) {
        String rank = unreadFirst ? "CASE WHEN n.read_at IS NULL THEN 1 ELSE 0 END" : "0";
        SqlFilter where = new SqlFilter().and("n.recipient_id = ?", recipientId)
                                         .when(unreadOnly, "n.read_at IS NULL")
                                         .after(rank + ", n.seq", false,
                                                cursor == null ? null : positionAfter(cursor, unreadFirst));
        return Page.of(jdbc.sql("SELECT " + VIEW_COLUMNS + ", " + rank + " AS rank FROM query_side.notification n "
                                + "LEFT JOIN query_side.account a ON a.account_id = n.actor_id WHERE " + where.sql()
                                + " ORDER BY rank DESC, n.seq DESC LIMIT ?")
                           .params(where.params(limit + 1))
                           .query((rs, n) -> new Positioned(view(rs, n), rs.getInt("rank"), rs.getLong("seq")))
                           .list(),
                       limit, last -> Cursor.encode(last.rank(), last.seq()))
                   .map(Positioned::view);
    }

    long unreadCount(String recipientId) {
        return jdbc.sql("SELECT count(*) FROM query_side.notification WHERE recipient_id = ? AND read_at IS NULL")
                   .param(recipientId).query(Long.class).single();
    }

    private static Object[] positionAfter(String cursor, boolean unreadFirst) {
        Cursor after = Cursor.decode(cursor, 2);
        int rank = after.field(0, Integer::parseInt);
        long seq = after.number(1);
        Cursor.check((rank == 0 || rank == 1 && unreadFirst) && seq >= 0);
        return new Object[]{rank, seq};
    }

    private static NotificationView view(ResultSet rs, int rowNum) throws SQLException {
        return new NotificationView(rs.getString("notification_id"), NotificationKind.valueOf(rs.getString("kind")),
                                    rs.getString("subject"), rs.getString("detail"), rs.getString("task_id"),
                                    rs.getString("order_id"), rs.getString("actor_id"), rs.getString("actor_name"),
                                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
    }

    /** An entry with its place in the page order, for the next cursor. */
    private record Positioned(NotificationView view, int rank, long seq) {
    }
}
