package com.orderdesk.events.account;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/** An owner invited a collaborator or auditor; the account can log in once the invitation is accepted. */
@Revision("1")
public record MemberInvited(
        String accountId,
        String workspaceId,
        Role role,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String username,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String mobile,
        @PersonalData(subject = ACCOUNT, idFrom = "accountId") String displayName,
        String invitedBy,
        Instant expiresAt) {
}
