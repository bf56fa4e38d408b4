package com.orderdesk.events.account;

import com.orderdesk.events.privacy.DeviceLog;
import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/**
 * A login succeeded. {@code abnormal} flags an IP address or device (user agent) never seen before for this
 * account, for notifications and the audit trail.
 */
@Revision("1")
public record LoginSucceeded(
        String accountId,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") @DeviceLog String clientIp,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") @DeviceLog String userAgent,
        boolean newIp,
        boolean newDevice,
        boolean abnormal) implements SignInAttempt, ActsAsAccount {
}
