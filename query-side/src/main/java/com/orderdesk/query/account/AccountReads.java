package com.orderdesk.query.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of the accounts read model. */
@Repository
class AccountReads {

    private final JdbcClient jdbc;

    AccountReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountView> find(String accountId) {
        return jdbc.sql("SELECT * FROM query_side.account WHERE account_id = ?")
                   .param(accountId).query(AccountReads::account).optional();
    }

    Optional<WorkspaceView> workspace(String workspaceId) {
        return jdbc.sql("SELECT workspace_id, name, owner_account_id, time_zone, version FROM query_side.workspace "
                        + "WHERE workspace_id = ?")
                   .param(workspaceId)
                   .query((rs, n) -> new WorkspaceView(rs.getString(1), rs.getString(2), rs.getString(3),
                                                       rs.getString(4) == null ? "UTC" : rs.getString(4),
                                                       rs.getString(4) != null, rs.getLong(5)))
                   .optional();
    }

    List<AccountView> members(String workspaceId) {
        return jdbc.sql("SELECT * FROM query_side.account WHERE workspace_id = ? ORDER BY username")
                   .param(workspaceId).query(AccountReads::account).list();
    }

    List<LoginView> logins(String accountId, int limit) {
        return jdbc.sql("""
                        SELECT at, outcome, reason, client_ip, user_agent, abnormal FROM query_side.login_history
                        WHERE account_id = ? ORDER BY at DESC, event_id DESC LIMIT ?""")
                   .params(accountId, limit)
                   .query((rs, n) -> new LoginView(instant(rs.getTimestamp("at")), rs.getString("outcome"),
                                                    rs.getString("reason"), rs.getString("client_ip"),
                                                    rs.getString("user_agent"), rs.getBoolean("abnormal")))
                   .list();
    }

    private static AccountView account(ResultSet rs, int rowNum) throws SQLException {
        return new AccountView(rs.getString("account_id"), rs.getString("workspace_id"), rs.getString("role"),
                               rs.getString("status"), rs.getString("username"), rs.getString("mobile"),
                               rs.getString("display_name"), instant(rs.getTimestamp("registered_at")),
                               instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
