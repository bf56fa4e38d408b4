package com.orderdesk.events.account;

/** What an account may do: within its workspace (OWNER, COLLABORATOR, AUDITOR) or platform-wide (ADMIN). */
public enum Role {
    OWNER, COLLABORATOR, AUDITOR, ADMIN
}
