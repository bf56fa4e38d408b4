package com.orderdesk.command.account;

import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.command.refusal.ProblemTypes;

/** Someone other than the workspace's owner tried to change its settings. */
public class WorkspaceChangeForbidden extends Forbidden {

    public WorkspaceChangeForbidden(String message) {
        super(ProblemTypes.FORBIDDEN, "Forbidden", message);
    }
}
