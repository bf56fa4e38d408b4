package com.orderdesk.command.account;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** An owner manages the members of their workspace (OWNER only; see the security configuration). */
@RestController
@RequestMapping("/api/workspace")
class MemberController {

    private final AccountService accounts;
    private final RequestMetadata metadata;

    MemberController(AccountService accounts, RequestMetadata metadata) {
        this.accounts = accounts;
        this.metadata = metadata;
    }

    @PostMapping("/invitations")
    ResponseEntity<AccountService.Invitation> invite(@AuthenticationPrincipal Jwt token,
                                                     @Valid @RequestBody AccountRequests.InviteMember body,
                                                     HttpServletRequest request) {
        Actor owner = Actor.of(token);
        AccountService.Invitation invitation = accounts.invite(owner.accountId(), owner.workspaceId(), body,
                                                               metadata.of(request));
        return ResponseEntity.created(URI.create("/api/workspace/members/" + invitation.accountId()))
                             .body(invitation);
    }

    @PutMapping("/members/{accountId}/role")
    ResponseEntity<Void> changeRole(@AuthenticationPrincipal Jwt token, @PathVariable String accountId,
                                    @Valid @RequestBody AccountRequests.ChangeRole body, HttpServletRequest request) {
        accounts.send(new ChangeMemberRole(accountId, Actor.of(token).workspaceId(), body.role(), accounts.now()),
                      metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/members/{accountId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Jwt token, @PathVariable String accountId,
                                HttpServletRequest request) {
        accounts.send(new RemoveMember(accountId, Actor.of(token).workspaceId(), accounts.now()),
                      metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/members/{accountId}/unlock")
    ResponseEntity<Void> unlock(@AuthenticationPrincipal Jwt token, @PathVariable String accountId,
                                HttpServletRequest request) {
        Actor owner = Actor.of(token);
        accounts.send(new UnlockAccount(accountId, owner.workspaceId(), owner.accountId()), metadata.of(request));
        return ResponseEntity.noContent().build();
    }
}
