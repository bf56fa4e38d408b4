package com.orderdesk.command.task;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Who belongs to a workspace: for checking assignees and resolving @mentions. */
public interface WorkspaceMembers {

    /** The ids among {@code accountIds} that are not active members of the workspace. */
    Set<String> nonMembers(String workspaceId, Collection<String> accountIds);

    /** Account ids of the active members with these usernames (case-insensitive); unknown names are left out. */
    Map<String, String> idsByUsername(String workspaceId, Collection<String> usernames);
}
