package com.orderdesk.personaldata;

import java.util.Optional;
import javax.crypto.SecretKey;

/** The per-subject keys personal data is sealed with, kept apart from the event store. */
public interface SubjectKeys {

    /** The subject's key, created on first use; empty once the key was destroyed (nothing may be sealed). */
    Optional<SecretKey> keyForWriting(String subjectId);

    /** The subject's key; empty when it was destroyed or never existed. */
    Optional<SecretKey> keyForReading(String subjectId);
}
