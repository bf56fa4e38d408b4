package com.orderdesk.command.account;

/** Someone other than the workspace's owner tried to change its settings. */
public class WorkspaceChangeForbidden extends RuntimeException {

    public WorkspaceChangeForbidden(String message) {
        super(message);
    }
}
