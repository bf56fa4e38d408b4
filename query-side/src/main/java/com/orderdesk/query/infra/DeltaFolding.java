package com.orderdesk.query.infra;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the signed deltas that the read models' triggers append into their totals, every second: the tallies of
 * status counts (query migration V14) and the reports' day figures (V15). Each fold is one transaction, so a read,
 * which adds totals and unfolded deltas in one statement, sees either the deltas or the totals that contain them.
 * Deltas of transactions still open are not visible yet and wait for the next fold; two instances folding at once
 * delete each delta once.
 */
@Component
public class DeltaFolding {

    private final JdbcClient jdbc;

    public DeltaFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${orderdesk.tallies.fold-interval:PT1S}",
               fixedDelayString = "${orderdesk.tallies.fold-interval:PT1S}")
    public void fold() {
        jdbc.sql("""
                 WITH folded AS (DELETE FROM query_side.tally_delta
                                 RETURNING kind, workspace_id, dimension, status, delta)
                 INSERT INTO query_side.tally AS t (kind, workspace_id, dimension, status, n)
                 SELECT kind, workspace_id, dimension, status, sum(delta) FROM folded
                 GROUP BY kind, workspace_id, dimension, status
                 ON CONFLICT (kind, workspace_id, dimension, status) DO UPDATE SET n = t.n + excluded.n""")
            .update();
        jdbc.sql("SELECT query_side.report_days_fold()").query().listOfRows();
    }
}
