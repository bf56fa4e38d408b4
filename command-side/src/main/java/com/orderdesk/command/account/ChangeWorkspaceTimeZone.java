package com.orderdesk.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the time zone (IANA id) the workspace's reports follow; only its owner may. */
public record ChangeWorkspaceTimeZone(@TargetAggregateIdentifier String workspaceId, Long expectedVersion,
                                      String actorAccountId, String timeZone) {
}
