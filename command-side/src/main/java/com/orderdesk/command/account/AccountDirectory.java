package com.orderdesk.command.account;

/**
 * Set-based validation of usernames and mobile numbers, unique across the system. Claims are written in the
 * current transaction, so they commit or roll back with the account's events.
 */
public interface AccountDirectory {

    /** @throws IdentifierTaken if another account holds the username or mobile number */
    void claim(String accountId, String username, String mobile);

    /** @throws IdentifierTaken if another account holds the mobile number */
    void changeMobile(String accountId, String previousMobile, String newMobile);
}
