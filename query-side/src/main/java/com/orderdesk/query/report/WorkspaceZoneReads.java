package com.orderdesk.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.ZoneId;
import java.util.Objects;

/** The time zone a workspace's owner set for its reports (from the accounts view), UTC when none is set. */
@Repository
class WorkspaceZoneReads {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final JdbcClient jdbc;

    WorkspaceZoneReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ZoneId of(String workspaceId) {
        return jdbc.sql("SELECT time_zone FROM query_side.workspace WHERE workspace_id = ?")
                   .param(workspaceId).query(String.class).list().stream()
                   .filter(Objects::nonNull).findFirst().map(ZoneId::of).orElse(UTC);
    }
}
