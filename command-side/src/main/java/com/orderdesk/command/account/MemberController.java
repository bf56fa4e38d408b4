package com.orderdesk.command.account;

import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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

    MemberController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Invites a collaborator or auditor; answers the one-time invitation code (shown once). */
    @PostMapping("/invitations")
    ResponseEntity<AccountService.Invitation> invite(Actor owner,
                                                     @Valid @RequestBody AccountRequests.InviteMember body) {
        AccountService.Invitation invitation = accounts.invite(owner.accountId(), owner.workspaceId(), body);
        return ResponseEntity.created(URI.create("/api/workspace/members/" + invitation.accountId()))
                             .body(invitation);
    }

    /** Changes a member's role. */
    @PutMapping("/members/{accountId}/role")
    ResponseEntity<Void> changeRole(Actor owner, @PathVariable String accountId,
                                    @Valid @RequestBody AccountRequests.ChangeRole body) {
        accounts.send(new ChangeMemberRole(accountId, owner.workspaceId(), body.role(), accounts.now()));
        return ResponseEntity.noContent().build();
    }

    /** Removes a member from the workspace: their tokens stop working. */
    @DeleteMapping("/members/{accountId}")
    ResponseEntity<Void> remove(Actor owner, @PathVariable String accountId) {
        accounts.send(new RemoveMember(accountId, owner.workspaceId(), accounts.now()));
        return ResponseEntity.noContent().build();
    }

    /** Unlocks a member whom repeated failed sign-ins locked. */
    @PostMapping("/members/{accountId}/unlock")
    ResponseEntity<Void> unlock(Actor owner, @PathVariable String accountId) {
        accounts.send(new UnlockAccount(accountId, owner.workspaceId(), owner.accountId()));
        return ResponseEntity.noContent().build();
    }
}
