package com.orderdesk.command.account;

import com.orderdesk.command.refusal.NotFound;

/** No such account in the caller's workspace; answered as 404 so ids of other workspaces are not revealed. */
public class AccountNotFound extends NotFound {

    public AccountNotFound(String accountId) {
        super("Account " + accountId + " was not found");
    }
}
