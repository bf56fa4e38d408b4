package com.orderdesk.command.task;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Workspace membership in {@code command_side.workspace_member}, kept by a subscribing handler so it changes
 * in the same transaction as the account events.
 */
@Component
@ProcessingGroup(JdbcWorkspaceMembers.PROCESSING_GROUP)
class JdbcWorkspaceMembers implements WorkspaceMembers {

    static final String PROCESSING_GROUP = "workspace-members";

    private final JdbcClient jdbc;

    JdbcWorkspaceMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountRegistered event) {
        if (event.workspaceId() != null) {
            upsert(event.accountId(), event.workspaceId(), event.username(), true);
        }
    }

    @EventHandler
    void on(MemberInvited event) {
        upsert(event.accountId(), event.workspaceId(), event.username(), false);
    }

    @EventHandler
    void on(InvitationAccepted event) {
        setActive(event.accountId(), true);
    }

    @EventHandler
    void on(MemberRemoved event) {
        setActive(event.accountId(), false);
    }

    @EventHandler
    void on(AccountDeactivated event) {
        setActive(event.accountId(), false);
    }

    @Override
    public Set<String> nonMembers(String workspaceId, Collection<String> accountIds) {
        Set<String> outsiders = new HashSet<>(accountIds);
        if (!accountIds.isEmpty()) {
            jdbc.sql("""
                     SELECT account_id FROM command_side.workspace_member
                     WHERE workspace_id = ? AND active AND account_id = ANY (?)""")
                .params(workspaceId, accountIds.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> outsiders.remove(rs.getString(1)));
        }
        return outsiders;
    }

    @Override
    public Map<String, String> idsByUsername(String workspaceId, Collection<String> usernames) {
        Map<String, String> ids = new HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("""
                     SELECT lower(username), account_id FROM command_side.workspace_member
                     WHERE workspace_id = ? AND active AND lower(username) = ANY (?)""")
                .params(workspaceId, usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .query((RowCallbackHandler) rs -> ids.put(rs.getString(1), rs.getString(2)));
        }
        return ids;
    }

    private void upsert(String accountId, String workspaceId, String username, boolean active) {
        jdbc.sql("""
                 INSERT INTO command_side.workspace_member (account_id, workspace_id, username, active)
                 VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO NOTHING""")
            .params(accountId, workspaceId, username, active).update();
    }

    private void setActive(String accountId, boolean active) {
        jdbc.sql("UPDATE command_side.workspace_member SET active = ? WHERE account_id = ?")
            .params(active, accountId).update();
    }
}
