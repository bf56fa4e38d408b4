package com.orderdesk.events.account;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/**
 * An account was created and can log in: a merchant owner who registered (with a new workspace), or the
 * platform admin from configuration ({@code workspaceId} null).
 */
@Revision("1")
public record AccountRegistered(
        String accountId,
        String workspaceId,
        Role role,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String username,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String mobile,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String displayName) {
}
