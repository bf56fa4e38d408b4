package com.orderdesk.query.task;

import com.orderdesk.query.infra.ConsistentRead;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the task board's tables, always within one workspace: the board, a card, a task's detail. */
@Repository
public class TaskBoardReads {

    /** Board order of the columns; BLOCKED sits beside the work it holds up. */
    static final List<String> COLUMNS = List.of("TODO", "IN_PROGRESS", "BLOCKED", "IN_REVIEW", "DONE");

    private static final String CARD_COLUMNS = """
            c.task_id, c.title, c.status, c.priority, c.due_at, c.labels, c.assignee_ids, c.progress,
            c.checklist_done, c.checklist_total, c.order_id, o.external_order_number, c.comment_count, c.archived,
            c.updated_at, c.version""";
    // Most urgent first, then the nearest due date, then the most recently changed.
    private static final String CARD_ORDER = """
            CASE c.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END,
            c.due_at ASC NULLS LAST, c.updated_at DESC, c.task_id""";

    private final JdbcClient jdbc;
    private final TallyReads tallies;
    private final Clock clock;

    public TaskBoardReads(JdbcClient jdbc, TallyReads tallies, Clock clock) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.clock = clock;
    }

    /** The live board's current state. */
    @QueryHandler
    TaskBoardView handle(FetchTaskBoard query) {
        return board(query.workspaceId(), TaskFilter.NONE, query.cardsPerColumn());
    }

    @ConsistentRead // the cards and the column counts from one snapshot
    TaskBoardView board(String workspaceId, TaskFilter filter, int cardsPerColumn) {
        Instant now = clock.instant();
        String[] columns = COLUMNS.toArray(String[]::new);
        SqlFilter where = where(workspaceId, filter, now);
        Map<String, List<CardRow>> cards = new HashMap<>();
        // Each column's first cards in board order, read in that order (index task_card_column_order_idx), and
        // order numbers looked up for the shown cards only.
        jdbc.sql("SELECT " + CARD_COLUMNS + " FROM unnest(?::text[]) WITH ORDINALITY AS col(status, position) "
                 + "CROSS JOIN LATERAL (SELECT * FROM query_side.task_card c WHERE " + where.sql()
                 + " ORDER BY " + CARD_ORDER + " LIMIT ?) c "
                 + "LEFT JOIN query_side.order_summary o ON o.order_id = c.order_id "
                 + "ORDER BY col.position, " + CARD_ORDER)
            .params(withColumns(columns, where.params(cardsPerColumn)))
            .query(rs -> {
                CardRow row = card(rs);
                cards.computeIfAbsent(row.status(), s -> new ArrayList<>()).add(row);
            });
        Map<String, Long> counts = filter.equals(TaskFilter.NONE)
                ? tallies.byStatus(TallyReads.Kind.TASK, workspaceId, null)
                : countsAtTheTime(columns, where);
        Map<String, String> names = names(cards.values().stream().flatMap(List::stream)
                                               .flatMap(row -> row.assigneeIds().stream()).toList());
        return new TaskBoardView(COLUMNS.stream().map(status -> new TaskBoardView.Column(
                status, counts.getOrDefault(status, 0L),
                cards.getOrDefault(status, List.of()).stream().map(row -> row.view(names, now)).toList())).toList());
    }

    /** Counted column by column from the board index, where one GROUP BY would read the whole table. */
    private Map<String, Long> countsAtTheTime(String[] columns, SqlFilter where) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT col.status, n.count FROM unnest(?::text[]) AS col(status) "
                 + "CROSS JOIN LATERAL (SELECT count(*) FROM query_side.task_card c WHERE " + where.sql() + ") n")
            .params(withColumns(columns, where.params()))
            .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    Optional<TaskCardView> card(String workspaceId, String taskId) {
        return cardRow(workspaceId, taskId).map(row -> row.view(names(row.assigneeIds()), clock.instant()));
    }

    /** The tasks linked to an order, for its detail (archived ones included: they are part of its story). */
    public List<TaskCardView> linkedTo(String workspaceId, String orderId) {
        List<CardRow> rows = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM query_side.task_card c "
                                      + "LEFT JOIN query_side.order_summary o ON o.order_id = c.order_id "
                                      + "WHERE c.workspace_id = ? AND c.order_id = ? ORDER BY c.created_at")
                                 .params(workspaceId, orderId).query((rs, n) -> card(rs)).list();
        Map<String, String> names = names(rows.stream().flatMap(row -> row.assigneeIds().stream()).toList());
        Instant now = clock.instant();
        return rows.stream().map(row -> row.view(names, now)).toList();
    }

    @ConsistentRead
    Optional<TaskDetailView> detail(String workspaceId, String taskId) {
        // The card and the columns only the detail shows, in one read of the row.
        return jdbc.sql("SELECT " + CARD_COLUMNS + ", c.description, c.blocked_reason, c.creator_id, c.watcher_ids,"
                        + " c.created_at FROM query_side.task_card c "
                        + "LEFT JOIN query_side.order_summary o ON o.order_id = c.order_id "
                        + "WHERE c.task_id = ? AND c.workspace_id = ?")
                   .params(taskId, workspaceId)
                   .query((rs, n) -> new Extras(card(rs), rs.getString("description"),
                                                rs.getString("blocked_reason"), rs.getString("creator_id"),
                                                strings(rs.getArray("watcher_ids")),
                                                instant(rs.getTimestamp("created_at"))))
                   .optional()
                   .map(extras -> detail(extras.card(), extras, clock.instant()));
    }

    private TaskDetailView detail(CardRow row, Extras extras, Instant now) {
        String taskId = row.taskId();
        List<TaskDetailView.ChecklistItem> checklist = jdbc.sql("""
                SELECT item_id, text, done FROM query_side.task_checklist_item WHERE task_id = ? ORDER BY position""")
                .param(taskId)
                .query((rs, n) -> new TaskDetailView.ChecklistItem(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        List<CommentRow> comments = jdbc.sql("""
                SELECT comment_id, author_id, text, created_at, edited_at FROM query_side.task_comment
                WHERE task_id = ? ORDER BY created_at, comment_id""")
                .param(taskId)
                .query((rs, n) -> new CommentRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                                 instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .list();
        List<TaskDetailView.Activity> activity = jdbc.sql("""
                SELECT sequence_number, at, event_type, actor_id, actor_role, summary FROM query_side.task_activity
                WHERE task_id = ? ORDER BY sequence_number""")
                .param(taskId)
                .query((rs, n) -> new TaskDetailView.Activity(rs.getLong(1), instant(rs.getTimestamp(2)),
                                                              rs.getString(3), rs.getString(4), rs.getString(5),
                                                              rs.getString(6)))
                .list();
        List<String> people = new ArrayList<>(row.assigneeIds());
        people.addAll(extras.watcherIds());
        comments.forEach(comment -> people.add(comment.authorId()));
        Map<String, String> names = names(people);
        return new TaskDetailView(row.view(names, now), extras.description(), extras.blockedReason(),
                                  extras.creatorId(), persons(extras.watcherIds(), names), checklist,
                                  comments.stream().map(c -> new TaskDetailView.Comment(
                                          c.commentId(), new TaskCardView.Person(c.authorId(), names.get(c.authorId())),
                                          c.text(), c.createdAt(), c.editedAt())).toList(),
                                  activity, extras.createdAt());
    }

    private Optional<CardRow> cardRow(String workspaceId, String taskId) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM query_side.task_card c "
                        + "LEFT JOIN query_side.order_summary o ON o.order_id = c.order_id "
                        + "WHERE c.task_id = ? AND c.workspace_id = ?")
                   .params(taskId, workspaceId).query((rs, n) -> card(rs)).optional();
    }

    /** A column's cards in the workspace that match the filter ({@code col.status} is the column). */
    private static SqlFilter where(String workspaceId, TaskFilter filter, Instant now) {
        SqlFilter where = new SqlFilter().and("c.workspace_id = ?", workspaceId)
                                         .and("c.status = col.status")
                                         .and("NOT c.archived")
                                         .containsAll("c.assignee_ids", filter.assigneeIds())
                                         .when(filter.label() != null, "c.labels @> ARRAY[?]::text[]", filter.label())
                                         .equal("c.order_id", filter.orderId());
        if (filter.overdue() != null) {
            where.and((filter.overdue() ? "" : "NOT ")
                      + "(c.due_at IS NOT NULL AND c.due_at < ? AND c.status <> 'DONE')", now);
        }
        return where.contains(filter.text(), "c.title", "c.description");
    }

    /** The board's columns (the first parameter), then the filter's. */
    private static List<Object> withColumns(String[] columns, List<Object> params) {
        List<Object> all = new ArrayList<>(params.size() + 1);
        all.add(columns);
        all.addAll(params);
        return all;
    }

    /** Display names of accounts, from the accounts view; missing ones are simply absent. */
    private Map<String, String> names(Collection<String> accountIds) {
        Map<String, String> names = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT account_id, display_name FROM query_side.account WHERE account_id = ANY(?)")
            .params((Object) accountIds.stream().distinct().toArray(String[]::new))
            .query(rs -> {
                names.put(rs.getString(1), rs.getString(2));
            });
        return names;
    }

    private static List<TaskCardView.Person> persons(List<String> accountIds, Map<String, String> names) {
        return accountIds.stream().map(id -> new TaskCardView.Person(id, names.get(id))).toList();
    }

    private static CardRow card(ResultSet rs) throws SQLException {
        return new CardRow(rs.getString("task_id"), rs.getString("title"), rs.getString("status"),
                           rs.getString("priority"), instant(rs.getTimestamp("due_at")), strings(rs.getArray("labels")),
                           strings(rs.getArray("assignee_ids")), rs.getInt("progress"), rs.getInt("checklist_done"),
                           rs.getInt("checklist_total"), rs.getString("order_id"),
                           rs.getString("external_order_number"), rs.getInt("comment_count"),
                           rs.getBoolean("archived"), instant(rs.getTimestamp("updated_at")), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The card, and the columns only the detail shows. */
    private record Extras(CardRow card, String description, String blockedReason, String creatorId, List<String> watcherIds,
                          Instant createdAt) {
    }

    private record CommentRow(String commentId, String authorId, String text, Instant createdAt, Instant editedAt) {
    }

    private record CardRow(String taskId, String title, String status, String priority, Instant dueAt,
                           List<String> labels, List<String> assigneeIds, int progress, int checklistDone,
                           int checklistTotal, String orderId, String orderNumber, int commentCount,
                           boolean archived, Instant updatedAt, long version) {

        TaskCardView view(Map<String, String> names, Instant now) {
            boolean overdue = dueAt != null && dueAt.isBefore(now) && !status.equals("DONE");
            return new TaskCardView(taskId, title, status, priority, dueAt, overdue, labels,
                                    persons(assigneeIds, names), progress, checklistDone, checklistTotal, orderId,
                                    orderNumber, commentCount, archived, updatedAt, version);
        }
    }
}
