package com.orderdesk.command.account;

import com.orderdesk.events.account.Role;
import com.orderdesk.events.account.TokensRevoked;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.AccountErasureCancelled;
import com.orderdesk.events.privacy.AccountErasureRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The right to erasure of an account: requested (self-service or by an admin on request), cancellable during
 * the grace period, carried out when due. The key, sign-in identity and credential are removed by the handler
 * of {@link AccountErased}, in the transaction that records it.
 */
class AccountErasure {

    private final Account account;
    private boolean pending;

    AccountErasure(Account account) {
        this.account = account;
    }

    @CommandHandler
    void handle(RequestAccountErasure command) {
        account.requireNotErased();
        if (account.role() == Role.OWNER || account.role() == Role.ADMIN) {
            // Like closing the account: whoever is in charge of a workspace or the platform hands that over first.
            throw new AccountRuleViolation("An owner or admin account cannot be erased while it is in charge");
        }
        if (pending) {
            throw new AccountRuleViolation("Erasure of this account is already requested");
        }
        apply(new AccountErasureRequested(command.accountId(), account.workspaceId(), command.requestedBy(),
                                          command.dueAt()));
    }

    @CommandHandler
    void handle(CancelAccountErasure command) {
        account.requireNotErased();
        if (!pending) {
            throw new AccountRuleViolation("No erasure of this account is pending");
        }
        apply(new AccountErasureCancelled(command.accountId(), account.workspaceId(), command.cancelledBy()));
    }

    /** True when it erased now; false when the account was erased before (the job may find it twice). */
    @CommandHandler
    boolean handle(EraseAccount command) {
        if (account.status() == AccountStatus.ERASED) {
            return false;
        }
        apply(new AccountErased(command.accountId(), account.workspaceId(), command.at()));
        apply(new TokensRevoked(command.accountId(), command.at(), "account erased"));
        return true;
    }

    @EventSourcingHandler
    void on(AccountErasureRequested event) {
        pending = true;
    }

    @EventSourcingHandler
    void on(AccountErasureCancelled event) {
        pending = false;
    }

    @EventSourcingHandler
    void on(AccountErased event) {
        pending = false;
        account.markErased();
    }
}
