package com.orderdesk.command.account;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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
    private final RequestMetadata metadata;

    OwnAccountController(AccountService accounts, RequestMetadata metadata) {
        this.accounts = accounts;
        this.metadata = metadata;
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt token,
                                        @Valid @RequestBody AccountRequests.ChangePassword body,
                                        HttpServletRequest request) {
        accounts.changePassword(Actor.of(token).accountId(), body, metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/profile")
    ResponseEntity<Void> rectifyProfile(@AuthenticationPrincipal Jwt token,
                                        @Valid @RequestBody AccountRequests.RectifyProfile body,
                                        HttpServletRequest request) {
        accounts.send(new RectifyProfile(Actor.of(token).accountId(), body.displayName().strip(), body.mobile()),
                      metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    /** Closing an account asks for the password again, so a borrowed or stolen token cannot do it. */
    @PostMapping("/deactivate")
    ResponseEntity<Void> deactivate(@AuthenticationPrincipal Jwt token,
                                    @Valid @RequestBody AccountRequests.Deactivate body, HttpServletRequest request) {
        accounts.deactivate(Actor.of(token).accountId(), body.currentPassword(), metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    /** The right to erasure: carried out after the grace period, unless cancelled before. */
    @PostMapping("/erasure")
    ResponseEntity<ErasureScheduled> requestErasure(@AuthenticationPrincipal Jwt token,
                                                    @Valid @RequestBody AccountRequests.Deactivate body,
                                                    HttpServletRequest request) {
        String accountId = Actor.of(token).accountId();
        return ResponseEntity.accepted().body(new ErasureScheduled(
                accountId, accounts.requestOwnErasure(accountId, body.currentPassword(), metadata.of(request))));
    }

    @DeleteMapping("/erasure")
    ResponseEntity<Void> cancelErasure(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        String accountId = Actor.of(token).accountId();
        accounts.send(new CancelAccountErasure(accountId, accountId), metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    record ErasureScheduled(String accountId, Instant dueAt) {
    }
}
