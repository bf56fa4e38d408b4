package com.orderdesk.command.account;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.security.TokenIssuer;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Registration, login, logout and invitation acceptance. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AccountService accounts;
    private final RequestMetadata metadata;

    AuthController(AccountService accounts, RequestMetadata metadata) {
        this.accounts = accounts;
        this.metadata = metadata;
    }

    @PostMapping("/register")
    ResponseEntity<AccountService.RegisteredOwner> register(@Valid @RequestBody AccountRequests.RegisterOwner body,
                                                            HttpServletRequest request) {
        AccountService.RegisteredOwner owner = accounts.registerOwner(body, metadata.anonymous(request));
        return ResponseEntity.created(URI.create("/api/me")).body(owner);
    }

    @PostMapping("/login")
    TokenIssuer.IssuedToken login(@Valid @RequestBody AccountRequests.Login body, HttpServletRequest request) {
        return accounts.login(body, metadata.clientIp(request), RequestMetadata.userAgent(request),
                              metadata.anonymous(request));
    }

    /** Logs out everywhere: every token issued so far stops working. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        accounts.send(new RevokeTokens(Actor.of(token).accountId(), accounts.now(), "logout"), metadata.of(request));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/invitations/accept")
    ResponseEntity<Void> acceptInvitation(@Valid @RequestBody AccountRequests.AcceptInvitation body,
                                          HttpServletRequest request) {
        accounts.acceptInvitation(body, metadata.anonymous(request));
        return ResponseEntity.noContent().build();
    }
}
