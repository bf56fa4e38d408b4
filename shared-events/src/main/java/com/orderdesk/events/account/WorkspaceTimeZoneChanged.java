package com.orderdesk.events.account;

import org.axonframework.serialization.Revision;

/**
 * The owner set the workspace's time zone (an IANA id such as {@code Asia/Shanghai}); report days and periods
 * follow it unless a report asks for another zone. {@code previousTimeZone} is null when none was set (UTC).
 */
@Revision("1")
public record WorkspaceTimeZoneChanged(String workspaceId, String previousTimeZone, String timeZone) {
}
