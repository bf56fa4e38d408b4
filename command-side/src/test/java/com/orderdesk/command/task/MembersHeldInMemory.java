package com.orderdesk.command.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Test double of the membership table for pure aggregate tests; the JDBC one is covered end to end. */
class MembersHeldInMemory implements WorkspaceMembers {

    private final Map<String, String> workspaceByAccount = new HashMap<>();
    private final Map<String, String> accountByUsername = new HashMap<>();

    MembersHeldInMemory member(String workspaceId, String accountId, String username) {
        workspaceByAccount.put(accountId, workspaceId);
        accountByUsername.put(workspaceId + "/" + username.toLowerCase(Locale.ROOT), accountId);
        return this;
    }

    @Override
    public Set<String> nonMembers(String workspaceId, Collection<String> accountIds) {
        Set<String> outsiders = new HashSet<>();
        accountIds.stream().filter(id -> !workspaceId.equals(workspaceByAccount.get(id))).forEach(outsiders::add);
        return outsiders;
    }

    @Override
    public Map<String, String> idsByUsername(String workspaceId, Collection<String> usernames) {
        Map<String, String> ids = new HashMap<>();
        usernames.forEach(name -> {
            String id = accountByUsername.get(workspaceId + "/" + name.toLowerCase(Locale.ROOT));
            if (id != null) {
                ids.put(name.toLowerCase(Locale.ROOT), id);
            }
        });
        return ids;
    }
}
