package com.orderdesk.query.list;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Folds the deltas that the read models' triggers append into the totals of {@link TallyReads}, every second. */
@Component
public class TallyFolding {

    private final JdbcClient jdbc;

    public TallyFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Folds the committed deltas into the totals, in one transaction (a read sees either the deltas or the totals
     * that contain them). Deltas of transactions still open are not visible yet and wait for the next fold; two
     * instances folding at once delete each delta once.
     */
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
    }
}
