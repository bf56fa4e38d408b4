package com.orderdesk.command.caller;

import com.orderdesk.events.account.Role;
import com.orderdesk.web.caller.Actor;

/** Callers for aggregate tests: an owner of a workspace, or a named account in it. */
public final class Actors {

    private Actors() {
    }

    /** An owner of the workspace (for commands whose rules do not depend on who calls). */
    public static Actor in(String workspaceId) {
        return by("owner-1", workspaceId);
    }

    public static Actor by(String accountId, String workspaceId) {
        return new Actor(accountId, workspaceId, Role.OWNER);
    }
}
