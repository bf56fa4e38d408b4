package com.orderdesk.query.list;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per status kept beside the read models (query migration V14): orders per workspace and sales channel,
 * open task cards per workspace. Triggers append deltas as rows change;
 * {@link com.orderdesk.query.infra.DeltaFolding} folds the committed ones into the totals. A read sums totals and unfolded deltas in one statement, so it is exact whenever it runs.
 */
@Repository
public class TallyReads {

    /** What is counted. */
    public enum Kind {
        ORDER("order"), TASK("task");

        private final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    public TallyReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many rows of the workspace are in each status (statuses with none are absent), in one sales channel for
     * orders, or in all of them when {@code dimension} is null.
     */
    public Map<String, Long> byStatus(Kind kind, String workspaceId, String dimension) {
        String sameDimension = dimension == null ? "" : " AND dimension = ?";
        Object[] params = dimension == null ? new Object[]{kind.column, workspaceId, kind.column, workspaceId}
                : new Object[]{kind.column, workspaceId, dimension, kind.column, workspaceId, dimension};
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT status, sum(n) FROM ("
                 + "SELECT status, n FROM query_side.tally WHERE kind = ? AND workspace_id = ?" + sameDimension
                 + " UNION ALL SELECT status, delta FROM query_side.tally_delta WHERE kind = ? AND workspace_id = ?"
                 + sameDimension + ") counted GROUP BY status HAVING sum(n) <> 0")
            .params(params)
            .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }
}
