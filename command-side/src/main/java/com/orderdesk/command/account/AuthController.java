package com.orderdesk.command.account;

import com.orderdesk.command.caller.RequestMetadata;
import com.orderdesk.command.security.TokenIssuer;
import com.orderdesk.web.caller.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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

    /** Registers a merchant owner with a new workspace. */
    @PostMapping("/register")
    ResponseEntity<AccountService.RegisteredOwner> register(@Valid @RequestBody AccountRequests.RegisterOwner body) {
        AccountService.RegisteredOwner owner = accounts.registerOwner(body);
        return ResponseEntity.created(URI.create("/api/me")).body(owner);
    }

    /** Signs in with username or mobile number and password; answers an access token. */
    @PostMapping("/login")
    TokenIssuer.IssuedToken login(@Valid @RequestBody AccountRequests.Login body, HttpServletRequest request) {
        return accounts.login(body, metadata.clientIp(request), RequestMetadata.userAgent(request));
    }

    /** Logs out everywhere: every token issued so far stops working. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(Actor actor) {
        accounts.send(new RevokeTokens(actor.accountId(), accounts.now(), "logout"));
        return ResponseEntity.noContent().build();
    }

    /** Accepts an invitation with its one-time code and a password of one's own. */
    @PostMapping("/invitations/accept")
    ResponseEntity<Void> acceptInvitation(@Valid @RequestBody AccountRequests.AcceptInvitation body) {
        accounts.acceptInvitation(body);
        return ResponseEntity.noContent().build();
    }
}
