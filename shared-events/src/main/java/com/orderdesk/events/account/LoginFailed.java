package com.orderdesk.events.account;

import com.orderdesk.events.privacy.DeviceLog;
import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/**
 * A login with a wrong password; {@code consecutiveFailures} counts since the last success, unlock or expired
 * lockout.
 */
@Revision("1")
public record LoginFailed(
        String accountId,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") @DeviceLog String clientIp,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") @DeviceLog String userAgent,
        int consecutiveFailures) implements SignInAttempt, ActsAsAccount {
}
