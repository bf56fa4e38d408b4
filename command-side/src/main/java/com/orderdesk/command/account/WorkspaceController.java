package com.orderdesk.command.account;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.command.web.Versioned;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's workspace settings (OWNER only; see the security configuration). Updates need {@code If-Match} with
 * the workspace's version, read from the query side's {@code GET /api/workspace}.
 */
@RestController
@RequestMapping("/api/workspace")
class WorkspaceController {

    private final AccountService accounts;

    WorkspaceController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Sets the IANA time zone the workspace's reports follow by default. */
    @PutMapping("/time-zone")
    WorkspaceVersion changeTimeZone(Actor owner, @Valid @RequestBody AccountRequests.ChangeTimeZone body,
                                    ExpectedVersion version) {
        long changed = accounts.send(new ChangeWorkspaceTimeZone(owner.workspaceId(), version.value(),
                                                                 owner.accountId(), body.timeZone()));
        return new WorkspaceVersion(owner.workspaceId(), changed);
    }

    /** Answer to a workspace update: its new version (also the {@code ETag}). */
    record WorkspaceVersion(String workspaceId, long version) implements Versioned {
    }
}
