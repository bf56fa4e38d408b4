package com.orderdesk.query.report;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.privacy.AccountErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The facts the operations reports are computed from: each workspace member's role and status now, and every
 * sign-in outcome and lockout of a member's account. A sign-in names only its account (never a workspace a caller
 * could claim); the report finds the workspace through the member row, which this projection keeps itself rather
 * than waiting on the accounts view. Sign-ins that name no account (unknown login names) belong to no workspace
 * and are not counted here. Idempotent: a sign-in is keyed by its event id, member rows are set, not counted.
 */
@Component
@ProcessingGroup(OperationsReportingProjection.PROCESSING_GROUP)
class OperationsReportingProjection {

    static final String PROCESSING_GROUP = "operations-reporting";

    private final JdbcClient jdbc;

    OperationsReportingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountRegistered e) {
        if (e.workspaceId() != null) { // the platform admin belongs to no workspace
            member(e.accountId(), e.workspaceId(), e.role().name(), "ACTIVE");
        }
    }

    @EventHandler
    void on(MemberInvited e) {
        member(e.accountId(), e.workspaceId(), e.role().name(), "INVITED");
    }

    @EventHandler
    void on(InvitationAccepted e) {
        status(e.accountId(), "ACTIVE");
    }

    @EventHandler
    void on(MemberRoleChanged e) {
        jdbc.sql("UPDATE query_side.report_member SET role = ? WHERE account_id = ?")
            .params(e.role().name(), e.accountId()).update();
    }

    @EventHandler
    void on(MemberRemoved e) {
        status(e.accountId(), "REMOVED");
    }

    @EventHandler
    void on(AccountDeactivated e) {
        status(e.accountId(), "DEACTIVATED");
    }

    @EventHandler
    void on(AccountErased e) {
        status(e.accountId(), "ERASED");
    }

    @EventHandler
    void on(LoginSucceeded e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        signIn(eventId, e.accountId(), at, "SUCCEEDED");
    }

    @EventHandler
    void on(LoginFailed e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        signIn(eventId, e.accountId(), at, "FAILED");
    }

    @EventHandler
    void on(LoginRefused e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        signIn(eventId, e.accountId(), at, "REFUSED");
    }

    @EventHandler
    void on(AccountLocked e, @Timestamp Instant at, @MessageIdentifier String eventId) {
        signIn(eventId, e.accountId(), at, "LOCKED");
    }

    /** A rebuild starts from empty facts. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query_side.report_sign_in").update();
        jdbc.sql("DELETE FROM query_side.report_member").update();
    }

    private void member(String accountId, String workspaceId, String role, String status) {
        jdbc.sql("""
                 INSERT INTO query_side.report_member (account_id, workspace_id, role, status) VALUES (?, ?, ?, ?)
                 ON CONFLICT (account_id) DO NOTHING""")
            .params(accountId, workspaceId, role, status).update();
    }

    private void status(String accountId, String status) {
        jdbc.sql("UPDATE query_side.report_member SET status = ? WHERE account_id = ?")
            .params(status, accountId).update();
    }

    private void signIn(String eventId, String accountId, Instant at, String kind) {
        jdbc.sql("""
                 INSERT INTO query_side.report_sign_in (event_id, account_id, at, kind) VALUES (?, ?, ?, ?)
                 ON CONFLICT (event_id) DO NOTHING""")
            .params(eventId, accountId, java.sql.Timestamp.from(at), kind).update();
    }
}
