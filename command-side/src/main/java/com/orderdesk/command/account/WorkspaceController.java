package com.orderdesk.command.account;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.IfMatch;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    private final RequestMetadata metadata;

    WorkspaceController(AccountService accounts, RequestMetadata metadata) {
        this.accounts = accounts;
        this.metadata = metadata;
    }

    /** Sets the IANA time zone the workspace's reports follow by default. */
    @PutMapping("/time-zone")
    ResponseEntity<WorkspaceVersion> changeTimeZone(@AuthenticationPrincipal Jwt token,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody AccountRequests.ChangeTimeZone body,
                                                    HttpServletRequest request) {
        Actor owner = Actor.of(token);
        long version = accounts.send(new ChangeWorkspaceTimeZone(owner.workspaceId(), IfMatch.requiredVersion(ifMatch),
                                                                 owner.accountId(), body.timeZone()),
                                     metadata.of(request));
        return ResponseEntity.ok().eTag(Long.toString(version))
                             .body(new WorkspaceVersion(owner.workspaceId(), version));
    }

    /** Answer to a workspace update: its new version (also the {@code ETag}). */
    record WorkspaceVersion(String workspaceId, long version) {
    }
}
