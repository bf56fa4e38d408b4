package com.orderdesk.events.operations;

import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import static com.orderdesk.events.privacy.DataSubject.ACCOUNT;

/**
 * The platform admin gave up on events parked in a projection's dead-letter queue: the letters of one sequence (an
 * aggregate's events), or only the one letter named, parked until this moment are dropped without being projected.
 * The reason is the admin's own words, sealed with their key.
 */
@Revision("1")
public record DeadLettersEvicted(
        String adminId,
        String projection,
        String sequence,
        String letterId,
        @PersonalData(subject = ACCOUNT, idFrom = "adminId") String reason) {
}
