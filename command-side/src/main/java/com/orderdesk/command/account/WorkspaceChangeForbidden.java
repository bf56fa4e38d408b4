package com.orderdesk.command.account;

import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.web.problem.CommonProblemTypes;

/** Someone other than the workspace's owner tried to change its settings. */
public class WorkspaceChangeForbidden extends Forbidden {

    public WorkspaceChangeForbidden(String message) {
        super(CommonProblemTypes.FORBIDDEN, "Forbidden", message);
    }
}
