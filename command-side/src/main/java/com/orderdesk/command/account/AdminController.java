package com.orderdesk.command.account;

import com.orderdesk.web.caller.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform support operations (ADMIN only). */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final AccountService accounts;

    AdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Unlocks an account of any workspace that repeated failed sign-ins locked. */
    @PostMapping("/accounts/{accountId}/unlock")
    ResponseEntity<Void> unlock(Actor admin, @PathVariable String accountId) {
        accounts.send(new UnlockAccount(accountId, null, admin.accountId()));
        return ResponseEntity.noContent().build();
    }

    /** Erasure on a data subject's request received through support (the grace period applies as well). */
    @PostMapping("/accounts/{accountId}/erasure")
    ResponseEntity<OwnAccountController.ErasureScheduled> erase(Actor admin, @PathVariable String accountId) {
        return ResponseEntity.accepted().body(new OwnAccountController.ErasureScheduled(
                accountId, accounts.requestErasure(accountId, admin.accountId())));
    }
}
