package com.orderdesk.query.order;

import com.orderdesk.query.list.Page;
import com.orderdesk.query.list.SqlFilter;
import com.orderdesk.query.list.TallyReads;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads of the order list, always within one workspace: keyset pages with one extra row to know whether another
 * page exists, status counts for a filter bar, and one order's summary row.
 */
@Repository
class OrderListReads {

    private static final OrderFilter NO_FILTER = new OrderFilter(null, null, null, null, null, null, null);

    private final JdbcClient jdbc;
    private final TallyReads tallies;

    OrderListReads(JdbcClient jdbc, TallyReads tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    /** The first page of the live order list. */
    @QueryHandler
    OrderPage handle(FetchOrderList query) {
        return page(query.workspaceId(), NO_FILTER, OrderSort.ORDER_TIME, false, null, query.limit());
    }

    /**
     * A page of the workspace's orders in the requested sort, after {@code cursor} (null for the first page).
     *
     * @throws com.orderdesk.query.web.InvalidCursor if the cursor was not handed out for this sort and direction
     */
    OrderPage page(String workspaceId, OrderFilter filter, OrderSort sort, boolean ascending, String cursor,
                   int limit) {
        SqlFilter where = where(workspaceId, filter, true)
                .after(sort.column + ", order_id", ascending,
                       cursor == null ? null : sort.positionAfter(cursor, ascending));
        String direction = ascending ? " ASC" : " DESC";
        List<OrderSummaryRow> rows = jdbc.sql("SELECT * FROM query_side.order_summary WHERE " + where.sql()
                                              + " ORDER BY " + sort.column + direction + ", order_id" + direction
                                              + " LIMIT ?")
                                         .params(where.params(limit + 1)).query(OrderListReads::summary).list();
        Page<OrderSummaryRow> page = Page.of(rows, limit, last -> sort.cursorAfter(last, ascending));
        // Counts go with the first page only: they do not change with the cursor, and counting every order of the
        // workspace again for each further page cost more than the page itself (docs/benchmarks.md, figure 5).
        return new OrderPage(page.map(OrderSummaryView::of).items(), page.nextCursor(),
                             cursor == null ? countByStatus(workspaceId, filter) : null);
    }

    /** The order's summary row, if it exists and belongs to the workspace. */
    Optional<OrderSummaryRow> summary(String workspaceId, String orderId) {
        return jdbc.sql("SELECT * FROM query_side.order_summary WHERE order_id = ? AND workspace_id = ?")
                   .params(orderId, workspaceId).query(OrderListReads::summary).optional();
    }

    /**
     * How many orders match the filter in each status (the status filter itself aside), for a filter bar: kept per
     * workspace and channel by {@link TallyReads}; counted at the time under any other filter.
     */
    private Map<String, Long> countByStatus(String workspaceId, OrderFilter filter) {
        if (filter.tag() == null && filter.from() == null && filter.to() == null && filter.text() == null
            && filter.assigneeId() == null) {
            return tallies.byStatus(TallyReads.Kind.ORDER, workspaceId, filter.channel());
        }
        SqlFilter where = where(workspaceId, filter, false);
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT status, count(*) FROM query_side.order_summary WHERE " + where.sql() + " GROUP BY status")
            .params(where.params())
            .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static SqlFilter where(String workspaceId, OrderFilter filter, boolean withStatus) {
        return new SqlFilter()
                .and("workspace_id = ?", workspaceId)
                .anyOf("status", withStatus ? filter.statuses() : null)
                .equal("sales_channel", filter.channel())
                .when(filter.tag() != null, "tags @> ARRAY[?]::text[]", filter.tag())
                .within("order_time", filter.from(), filter.to())
                .when(filter.assigneeId() != null,
                      "EXISTS (SELECT 1 FROM query_side.task_card t WHERE t.order_id = order_summary.order_id"
                      + " AND t.assignee_ids @> ARRAY[?]::text[])", filter.assigneeId())
                .contains(filter.text(), "external_order_number", "customer_name");
    }

    private static OrderSummaryRow summary(ResultSet rs, int rowNum) throws SQLException {
        Array tags = rs.getArray("tags");
        return new OrderSummaryRow(rs.getString("order_id"), rs.getString("workspace_id"),
                                   rs.getString("external_order_number"), rs.getString("sales_channel"),
                                   instant(rs.getTimestamp("ordered_at")), instant(rs.getTimestamp("order_time")),
                                   instant(rs.getTimestamp("recorded_at")), instant(rs.getTimestamp("updated_at")),
                                   rs.getString("currency"), rs.getBigDecimal("total"), rs.getInt("line_count"),
                                   rs.getString("status"), rs.getLong("version"), rs.getString("customer_name"),
                                   rs.getString("customer_phone"), rs.getString("shipping_address"),
                                   rs.getString("buyer_note"),
                                   tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                                   rs.getString("carrier"), rs.getString("tracking_number"),
                                   Arrays.asList((String[]) rs.getArray("follower_ids").getArray()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
