package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the deltas that the order facts' triggers append into the order report's day figures (query migration V15),
 * every second, in one transaction: a report sees either the deltas or the days that contain them.
 */
@Component
public class ReportDayFolding {

    private final JdbcClient jdbc;

    public ReportDayFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${orderdesk.tallies.fold-interval:PT1S}",
               fixedDelayString = "${orderdesk.tallies.fold-interval:PT1S}")
    public void fold() {
        jdbc.sql("SELECT query_side.report_days_fold()").query().listOfRows();
    }
}
