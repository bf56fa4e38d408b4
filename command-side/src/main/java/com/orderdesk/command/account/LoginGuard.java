package com.orderdesk.command.account;

import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountUnlocked;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The login side of an account: consecutive failures, lockout, and the IP addresses and devices seen on
 * successful logins (to flag abnormal ones).
 */
class LoginGuard {

    private final Account account;
    private int consecutiveFailures;
    private Instant lockedUntil;
    private final Set<String> knownIps = new HashSet<>();
    private final Set<String> knownDevices = new HashSet<>();

    LoginGuard(Account account) {
        this.account = account;
    }

    @CommandHandler
    LoginOutcome handle(AttemptLogin command, LoginPolicy policy) {
        String accountId = command.accountId();
        String refusal = refusalReason(command.at());
        if (refusal != null) {
            apply(new LoginRefused(accountId, command.clientIp(), command.userAgent(), refusal));
            return outcome(LoginOutcome.Result.REFUSED, accountId);
        }
        if (!command.passwordMatched()) {
            // After a lockout has run out, counting starts afresh.
            boolean lockRanOut = lockedUntil != null && !command.at().isBefore(lockedUntil);
            int failures = (lockRanOut ? 0 : consecutiveFailures) + 1;
            apply(new LoginFailed(accountId, command.clientIp(), command.userAgent(), failures));
            if (failures >= policy.maxConsecutiveFailures()) {
                apply(new AccountLocked(accountId, command.at().plus(policy.lockDuration()), failures));
            }
            return outcome(LoginOutcome.Result.WRONG_PASSWORD, accountId);
        }
        // The very first login has nothing to compare with, so it is not abnormal.
        boolean firstLogin = knownIps.isEmpty();
        boolean newIp = !knownIps.contains(command.clientIp());
        boolean newDevice = !knownDevices.contains(String.valueOf(command.userAgent()));
        apply(new LoginSucceeded(accountId, command.clientIp(), command.userAgent(), newIp, newDevice,
                                 !firstLogin && (newIp || newDevice)));
        return outcome(LoginOutcome.Result.SUCCEEDED, accountId);
    }

    @CommandHandler
    void handle(UnlockAccount command) {
        if (command.workspaceId() != null && !command.workspaceId().equals(account.workspaceId())) {
            throw new AccountNotFound(command.accountId());
        }
        if (lockedUntil != null) {
            apply(new AccountUnlocked(command.accountId(), command.unlockedBy()));
        }
    }

    private String refusalReason(Instant at) {
        return switch (account.status()) {
            case INVITED -> "invitation not accepted";
            case REMOVED -> "removed from workspace";
            case DEACTIVATED -> "account closed";
            case ERASED -> "account erased";
            case ACTIVE -> lockedUntil != null && at.isBefore(lockedUntil) ? "locked" : null;
        };
    }

    private LoginOutcome outcome(LoginOutcome.Result result, String accountId) {
        return new LoginOutcome(result, accountId, account.workspaceId(), account.role());
    }

    @EventSourcingHandler
    void on(LoginFailed event) {
        consecutiveFailures = event.consecutiveFailures();
        if (event.consecutiveFailures() == 1) {
            lockedUntil = null; // a count that starts afresh leaves any run-out lockout behind
        }
    }

    @EventSourcingHandler
    void on(AccountLocked event) {
        lockedUntil = event.lockedUntil();
    }

    @EventSourcingHandler
    void on(AccountUnlocked event) {
        lockedUntil = null;
        consecutiveFailures = 0;
    }

    @EventSourcingHandler
    void on(LoginSucceeded event) {
        consecutiveFailures = 0;
        lockedUntil = null;
        knownIps.add(event.clientIp());
        knownDevices.add(String.valueOf(event.userAgent()));
    }
}
