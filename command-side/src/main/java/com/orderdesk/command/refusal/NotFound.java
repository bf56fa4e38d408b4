package com.orderdesk.command.refusal;

import com.orderdesk.web.problem.CommonProblemTypes;

/**
 * No such resource in the caller's workspace: answered 404 with the same words whatever the reason, so ids of other
 * workspaces are not revealed. The message (for logs and tests) may name what was looked for.
 */
public non-sealed class NotFound extends Refusal {

    public NotFound(String message) {
        super(CommonProblemTypes.NOT_FOUND, "Not found", message);
    }

    @Override
    public final int status() {
        return 404;
    }

    @Override
    public final String detail() {
        return "No such resource in your workspace.";
    }
}
