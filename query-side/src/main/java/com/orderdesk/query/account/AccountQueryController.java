package com.orderdesk.query.account;

import com.orderdesk.query.web.NotFound;
import com.orderdesk.query.web.ReadYourWrites;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * The caller's own account and login history; the workspace's settings for its members; members and their logins
 * for owners and auditors.
 */
@RestController
@Validated
class AccountQueryController {

    private final AccountReads accounts;

    AccountQueryController(AccountReads accounts) {
        this.accounts = accounts;
    }

    /** Shows the caller's own account. */
    @GetMapping("/api/me")
    AccountView me(Actor actor) {
        String accountId = actor.accountId();
        return accounts.find(accountId).orElseThrow(() -> new NotFound("Account", accountId));
    }

    /** Lists the caller's recent sign-in attempts, newest first. */
    @GetMapping("/api/me/logins")
    List<LoginView> myLogins(Actor actor,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return accounts.logins(actor.accountId(), limit);
    }

    /**
     * Shows the caller's workspace and its settings.
     * <p>
     * The version comes as {@code ETag} (for {@code If-Match} on the command side). {@code minVersion}/
     * {@code waitMillis}: read-your-writes as for orders.
     */
    @GetMapping("/api/workspace")
    ResponseEntity<WorkspaceView> workspace(Actor actor,
                                            @RequestParam(required = false) @Min(0) Long minVersion,
                                            @RequestParam(defaultValue = "5000") @Min(0) @Max(10_000) long waitMillis) {
        String workspaceId = actor.workspaceId();
        ReadYourWrites.Read<WorkspaceView> read = ReadYourWrites.read(
                () -> workspaceId == null ? Optional.empty() : accounts.workspace(workspaceId), WorkspaceView::version,
                minVersion, waitMillis);
        WorkspaceView workspace = read.value().orElseThrow(() -> new NotFound("Workspace", workspaceId));
        return ResponseEntity.ok()
                             .eTag(Long.toString(workspace.version()))
                             .header(ReadYourWrites.CONSISTENT_HEADER, Boolean.toString(read.consistent()))
                             .body(workspace);
    }

    /** Lists the members of the caller's workspace. */
    @GetMapping("/api/workspace/members")
    List<AccountView> members(Actor actor) {
        return accounts.members(actor.workspaceId());
    }

    /** Lists a workspace member's recent sign-in attempts, newest first. */
    @GetMapping("/api/workspace/members/{accountId}/logins")
    List<LoginView> memberLogins(Actor actor, @PathVariable String accountId,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        String workspaceId = actor.workspaceId();
        accounts.find(accountId)
                .filter(account -> workspaceId != null && workspaceId.equals(account.workspaceId()))
                .orElseThrow(() -> new NotFound("Account", accountId));
        return accounts.logins(accountId, limit);
    }
}
