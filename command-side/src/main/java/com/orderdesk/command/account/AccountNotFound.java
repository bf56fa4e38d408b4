package com.orderdesk.command.account;

/** No such account in the caller's workspace; answered as 404 so ids of other workspaces are not revealed. */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(String accountId) {
        super("Account " + accountId + " was not found");
    }
}
