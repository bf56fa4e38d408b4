package com.orderdesk.command.account;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.PasswordChanged;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.account.TokensRevoked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's account: identity, membership of one workspace with a role, and lifecycle. Login attempts and
 * lockout are decided by its {@link LoginGuard}.
 */
@Aggregate
public class Account {

    @AggregateIdentifier
    private String accountId;
    private String workspaceId;
    private Role role;
    private AccountStatus status;
    private String mobile;
    private Instant invitationExpiresAt;

    @AggregateMember
    private LoginGuard loginGuard;

    @AggregateMember
    private AccountErasure erasure;

    protected Account() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Account(RegisterAccount command, AccountDirectory directory) {
        if (command.role() != Role.OWNER && command.role() != Role.ADMIN) {
            throw new AccountRuleViolation("Only owners register themselves; members are invited");
        }
        directory.claim(command.accountId(), command.username(), command.mobile());
        apply(new AccountRegistered(command.accountId(), command.workspaceId(), command.role(), command.username(),
                                    command.mobile(), command.displayName()));
    }

    @CommandHandler
    public Account(InviteMember command, AccountDirectory directory) {
        if (command.role() != Role.COLLABORATOR && command.role() != Role.AUDITOR) {
            throw new AccountRuleViolation("Members are invited as COLLABORATOR or AUDITOR");
        }
        directory.claim(command.accountId(), command.username(), command.mobile());
        apply(new MemberInvited(command.accountId(), command.workspaceId(), command.role(), command.username(),
                                command.mobile(), command.displayName(), command.invitedBy(), command.expiresAt()));
    }

    @CommandHandler
    void handle(AcceptInvitation command) {
        if (status != AccountStatus.INVITED || command.at().isAfter(invitationExpiresAt)) {
            throw new AccountRuleViolation("The invitation is not valid any more");
        }
        apply(new InvitationAccepted(accountId, workspaceId));
    }

    @CommandHandler
    void handle(ChangeMemberRole command) {
        requireMemberOf(command.workspaceId());
        if (role == Role.OWNER) {
            throw new AccountRuleViolation("The owner's role cannot be changed");
        }
        if (command.role() != Role.COLLABORATOR && command.role() != Role.AUDITOR) {
            throw new AccountRuleViolation("Members can be COLLABORATOR or AUDITOR");
        }
        if (command.role() != role) {
            apply(new MemberRoleChanged(accountId, workspaceId, role, command.role()));
            apply(new TokensRevoked(accountId, command.at(), "role changed"));
        }
    }

    @CommandHandler
    void handle(RemoveMember command) {
        requireMemberOf(command.workspaceId());
        if (role == Role.OWNER) {
            throw new AccountRuleViolation("The owner cannot be removed from their workspace");
        }
        apply(new MemberRemoved(accountId, workspaceId));
        apply(new TokensRevoked(accountId, command.at(), "removed from workspace"));
    }

    @CommandHandler
    void handle(ChangePassword command) {
        requireActive();
        apply(new PasswordChanged(accountId));
        apply(new TokensRevoked(accountId, command.at(), "password changed"));
    }

    @CommandHandler
    void handle(RectifyProfile command, AccountDirectory directory) {
        requireActive();
        if (!Objects.equals(mobile, command.mobile())) {
            directory.changeMobile(accountId, mobile, command.mobile());
        }
        apply(new ProfileRectified(accountId, command.displayName(), command.mobile()));
    }

    @CommandHandler
    void handle(DeactivateAccount command) {
        requireActive();
        if (role == Role.OWNER || role == Role.ADMIN) {
            throw new AccountRuleViolation("An owner or admin account cannot be closed while it is in charge");
        }
        apply(new AccountDeactivated(accountId));
        apply(new TokensRevoked(accountId, command.at(), "account closed"));
    }

    @CommandHandler
    void handle(RevokeTokens command) {
        apply(new TokensRevoked(accountId, command.at(), command.reason()));
    }

    private void requireMemberOf(String callerWorkspaceId) {
        if (workspaceId == null || !workspaceId.equals(callerWorkspaceId)) {
            throw new AccountNotFound(accountId);
        }
        if (status == AccountStatus.REMOVED || status == AccountStatus.DEACTIVATED
            || status == AccountStatus.ERASED) {
            throw new AccountNotFound(accountId);
        }
    }

    private void requireActive() {
        if (status != AccountStatus.ACTIVE) {
            throw new AccountRuleViolation("The account is not active");
        }
    }

    void requireNotErased() {
        if (status == AccountStatus.ERASED) {
            throw new AccountNotFound(accountId);
        }
    }

    void markErased() {
        status = AccountStatus.ERASED;
    }

    String workspaceId() {
        return workspaceId;
    }

    Role role() {
        return role;
    }

    AccountStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(AccountRegistered event) {
        accountId = event.accountId();
        workspaceId = event.workspaceId();
        role = event.role();
        mobile = event.mobile();
        status = AccountStatus.ACTIVE;
        loginGuard = new LoginGuard(this);
        erasure = new AccountErasure(this);
    }

    @EventSourcingHandler
    void on(MemberInvited event) {
        accountId = event.accountId();
        workspaceId = event.workspaceId();
        role = event.role();
        mobile = event.mobile();
        invitationExpiresAt = event.expiresAt();
        status = AccountStatus.INVITED;
        loginGuard = new LoginGuard(this);
        erasure = new AccountErasure(this);
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        status = AccountStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        status = AccountStatus.REMOVED;
    }

    @EventSourcingHandler
    void on(ProfileRectified event) {
        mobile = event.mobile();
    }

    @EventSourcingHandler
    void on(AccountDeactivated event) {
        status = AccountStatus.DEACTIVATED;
    }
}
