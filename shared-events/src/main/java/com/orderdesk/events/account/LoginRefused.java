package com.orderdesk.events.account;

import com.orderdesk.events.privacy.DeviceLog;
import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/** A login was refused whatever the password, because the account is locked, invited, removed or closed. */
@Revision("1")
public record LoginRefused(
        String accountId,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") @DeviceLog String clientIp,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") @DeviceLog String userAgent,
        String reason) implements SignInAttempt, ActsAsAccount {
}
