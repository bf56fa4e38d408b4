package com.orderdesk.query.account;

/**
 * A workspace's settings as its members see them: {@code timeZone} is the zone reports follow by default (UTC
 * until the owner sets one, {@code timeZoneSet} false); {@code version} is the ETag for the owner's updates.
 */
public record WorkspaceView(String workspaceId, String name, String ownerAccountId, String timeZone,
                            boolean timeZoneSet, long version) {
}
