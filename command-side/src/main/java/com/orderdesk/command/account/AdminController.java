package com.orderdesk.command.account;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform support operations (ADMIN only). */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final AccountService accounts;
    private final RequestMetadata metadata;

    AdminController(AccountService accounts, RequestMetadata metadata) {
        this.accounts = accounts;
        this.metadata = metadata;
    }

    @PostMapping("/accounts/{accountId}/unlock")
    ResponseEntity<Void> unlock(@AuthenticationPrincipal Jwt token, @PathVariable String accountId,
                                HttpServletRequest request) {
        accounts.send(new UnlockAccount(accountId, null, Actor.of(token).accountId()), metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    /** Erasure on a data subject's request received through support (the grace period applies as well). */
    @PostMapping("/accounts/{accountId}/erasure")
    ResponseEntity<OwnAccountController.ErasureScheduled> erase(@AuthenticationPrincipal Jwt token,
                                                                @PathVariable String accountId,
                                                                HttpServletRequest request) {
        return ResponseEntity.accepted().body(new OwnAccountController.ErasureScheduled(
                accountId, accounts.requestErasure(accountId, Actor.of(token).accountId(), metadata.of(request))));
    }
}
