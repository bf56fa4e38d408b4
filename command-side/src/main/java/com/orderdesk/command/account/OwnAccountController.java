package com.orderdesk.command.account;

import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** What every account holder may do with their own account. */
@RestController
@RequestMapping("/api/account")
class OwnAccountController {

    private final AccountService accounts;

    OwnAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Changes one's password (the current one is asked again). */
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(Actor actor, @Valid @RequestBody AccountRequests.ChangePassword body) {
        accounts.changePassword(actor.accountId(), body);
        return ResponseEntity.noContent().build();
    }

    /** Corrects one's display name and mobile number (the right to correction). */
    @PutMapping("/profile")
    ResponseEntity<Void> rectifyProfile(Actor actor, @Valid @RequestBody AccountRequests.RectifyProfile body) {
        accounts.send(new RectifyProfile(actor.accountId(), body.displayName().strip(), body.mobile()));
        return ResponseEntity.noContent().build();
    }

    /** Closing an account asks for the password again, so a borrowed or stolen token cannot do it. */
    @PostMapping("/deactivate")
    ResponseEntity<Void> deactivate(Actor actor, @Valid @RequestBody AccountRequests.Deactivate body) {
        accounts.deactivate(actor.accountId(), body.currentPassword());
        return ResponseEntity.noContent().build();
    }

    /** The right to erasure: carried out after the grace period, unless cancelled before. */
    @PostMapping("/erasure")
    ResponseEntity<ErasureScheduled> requestErasure(Actor actor, @Valid @RequestBody AccountRequests.Deactivate body) {
        return ResponseEntity.accepted().body(new ErasureScheduled(
                actor.accountId(), accounts.requestOwnErasure(actor.accountId(), body.currentPassword())));
    }

    /** Cancels one's pending erasure during the grace period. */
    @DeleteMapping("/erasure")
    ResponseEntity<Void> cancelErasure(Actor actor) {
        accounts.send(new CancelAccountErasure(actor.accountId(), actor.accountId()));
        return ResponseEntity.noContent().build();
    }

    record ErasureScheduled(String accountId, Instant dueAt) {
    }
}
