package com.orderdesk.web.caller;

import com.orderdesk.events.account.Role;

/**
 * Who is calling: an account, in which workspace (none for the platform admin), as what. Framework-free, so
 * commands and aggregates can carry it; controller methods of both apps receive it as an argument
 * ({@link ActorArgumentResolver}).
 */
public record Actor(String accountId, String workspaceId, Role role) {
}
