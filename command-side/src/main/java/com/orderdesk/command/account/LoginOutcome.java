package com.orderdesk.command.account;

import com.orderdesk.events.account.Role;

/** What a login attempt decided; a token is issued only for {@link Result#SUCCEEDED}. */
public record LoginOutcome(Result result, String accountId, String workspaceId, Role role) {

    /** The outcomes a caller can see (all but SUCCEEDED are answered alike, to reveal nothing). */
    public enum Result { SUCCEEDED, WRONG_PASSWORD, REFUSED }
}
