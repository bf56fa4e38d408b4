package com.orderdesk.events.account;

import com.orderdesk.events.privacy.DeviceLog;
import org.axonframework.serialization.Revision;

/**
 * A login named no existing account. A security event only: no account is created. What was typed is kept as
 * a SHA-256 fingerprint of its trimmed lower-case form, never as text: it may be someone else's phone number or
 * a password typed into the wrong field, and events are never rewritten. Repeated attempts with the same name
 * share a fingerprint.
 */
@Revision("2")
public record UnknownAccountLoginAttempted(
        @DeviceLog String identifierFingerprint,
        @DeviceLog String clientIp,
        @DeviceLog String userAgent) implements SignInAttempt {
}
