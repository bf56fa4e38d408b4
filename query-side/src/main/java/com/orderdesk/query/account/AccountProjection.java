package com.orderdesk.query.account;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.AccountUnlocked;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.TokensRevoked;
import com.orderdesk.events.account.WorkspaceOpened;
import com.orderdesk.events.account.WorkspaceTimeZoneChanged;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.personaldata.PersonalDataCodec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

import static java.sql.Timestamp.from;

/** Projects account events into workspaces, member lists and login history. Every write is idempotent. */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
class AccountProjection {

    static final String PROCESSING_GROUP = "accounts";

    private final JdbcClient jdbc;

    AccountProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkspaceOpened event, @Timestamp Instant at) {
        jdbc.sql("""
                 INSERT INTO query_side.workspace (workspace_id, name, owner_account_id, opened_at) VALUES (?, ?, ?, ?)
                 ON CONFLICT (workspace_id) DO NOTHING""")
            .params(event.workspaceId(), event.name(), event.ownerAccountId(), from(at))
            .update();
    }

    /** Version-guarded: the view's version is the Workspace aggregate's (the ETag for its updates). */
    @EventHandler
    void on(WorkspaceTimeZoneChanged event, @SequenceNumber long version) {
        jdbc.sql("UPDATE query_side.workspace SET time_zone = ?, version = ? WHERE workspace_id = ? AND version < ?")
            .params(event.timeZone(), version, event.workspaceId(), version)
            .update();
    }

    @EventHandler
    void on(AccountRegistered event, @Timestamp Instant at) {
        insertAccount(event.accountId(), event.workspaceId(), event.role().name(), "ACTIVE", event.username(),
                      event.mobile(), event.displayName(), at);
    }

    @EventHandler
    void on(MemberInvited event, @Timestamp Instant at) {
        insertAccount(event.accountId(), event.workspaceId(), event.role().name(), "INVITED", event.username(),
                      event.mobile(), event.displayName(), at);
    }

    @EventHandler
    void on(InvitationAccepted event) {
        set(event.accountId(), "status = 'ACTIVE'");
    }

    @EventHandler
    void on(MemberRoleChanged event) {
        jdbc.sql("UPDATE query_side.account SET role = ? WHERE account_id = ?")
            .params(event.role().name(), event.accountId()).update();
    }

    @EventHandler
    void on(MemberRemoved event) {
        set(event.accountId(), "status = 'REMOVED'");
    }

    @EventHandler
    void on(AccountDeactivated event) {
        set(event.accountId(), "status = 'DEACTIVATED'");
    }

    @EventHandler
    void on(ProfileRectified event) {
        jdbc.sql("UPDATE query_side.account SET display_name = ?, mobile = ? WHERE account_id = ?")
            .params(event.displayName(), event.mobile(), event.accountId()).update();
    }

    /** The erased person's identity and device information go; the account stays as "[erased]". */
    @EventHandler
    void on(AccountErased event) {
        jdbc.sql("""
                 UPDATE query_side.account SET username = ?, mobile = ?, display_name = ?, status = 'ERASED'
                 WHERE account_id = ?""")
            .params(PersonalDataCodec.ERASED, PersonalDataCodec.ERASED, PersonalDataCodec.ERASED, event.accountId())
            .update();
        for (String table : new String[]{"login_history", "access_denied"}) {
            jdbc.sql("UPDATE query_side." + table + " SET client_ip = NULL, user_agent = NULL WHERE account_id = ?")
                .param(event.accountId()).update();
        }
    }

    /** Copies of device information written on expired days are cleared, as the events now read as expired. */
    @EventHandler
    void on(DeviceDataExpired event) {
        java.sql.Timestamp before = java.sql.Timestamp.from(event.throughDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        for (String table : new String[]{"login_history", "access_denied"}) {
            jdbc.sql("UPDATE query_side." + table + " SET client_ip = NULL, user_agent = NULL "
                     + "WHERE at < ? AND (client_ip IS NOT NULL OR user_agent IS NOT NULL)")
                .param(before).update();
        }
    }

    @EventHandler
    void on(AccountLocked event) {
        jdbc.sql("UPDATE query_side.account SET locked_until = ? WHERE account_id = ?")
            .params(from(event.lockedUntil()), event.accountId()).update();
    }

    @EventHandler
    void on(AccountUnlocked event) {
        set(event.accountId(), "locked_until = NULL");
    }

    @EventHandler
    void on(TokensRevoked event) {
        jdbc.sql("""
                 UPDATE query_side.account SET tokens_not_before = greatest(tokens_not_before, ?) WHERE account_id = ?""")
            .params(from(event.notBefore()), event.accountId()).update();
    }

    @EventHandler
    void on(LoginSucceeded event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        jdbc.sql("UPDATE query_side.account SET last_login_at = ?, locked_until = NULL WHERE account_id = ?")
            .params(from(at), event.accountId()).update();
        recordLogin(eventId, event.accountId(), at, "SUCCEEDED", null, event.clientIp(), event.userAgent(),
                    event.abnormal());
    }

    @EventHandler
    void on(LoginFailed event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        recordLogin(eventId, event.accountId(), at, "FAILED", "wrong password", event.clientIp(), event.userAgent(),
                    false);
    }

    @EventHandler
    void on(LoginRefused event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        recordLogin(eventId, event.accountId(), at, "REFUSED", event.reason(), event.clientIp(), event.userAgent(),
                    false);
    }

    private void insertAccount(String accountId, String workspaceId, String role, String status, String username,
                               String mobile, String displayName, Instant at) {
        jdbc.sql("""
                 INSERT INTO query_side.account (account_id, workspace_id, role, status, username, mobile, display_name,
                                                 registered_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (account_id) DO NOTHING""")
            .params(accountId, workspaceId, role, status, username, mobile, displayName, from(at))
            .update();
    }

    private void set(String accountId, String assignment) {
        jdbc.sql("UPDATE query_side.account SET " + assignment + " WHERE account_id = ?").param(accountId).update();
    }

    private void recordLogin(String eventId, String accountId, Instant at, String outcome, String reason,
                             String clientIp, String userAgent, boolean abnormal) {
        jdbc.sql("""
                 INSERT INTO query_side.login_history (event_id, account_id, workspace_id, at, outcome, reason,
                                                       client_ip, user_agent, abnormal)
                 SELECT ?, ?, (SELECT workspace_id FROM query_side.account WHERE account_id = ?), ?, ?, ?, ?, ?, ?
                 ON CONFLICT (event_id) DO NOTHING""")
            .params(eventId, accountId, accountId, from(at), outcome, reason, clientIp, userAgent, abnormal)
            .update();
    }
}
