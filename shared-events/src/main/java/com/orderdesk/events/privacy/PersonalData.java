package com.orderdesk.events.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field that holds personal data of a data subject. It is stored encrypted with the subject's
 * key; once that key is destroyed (erasure) the field reads as {@code [erased]} (strings) or a value of the same
 * shape whose strings all read so (records), never as an error. The sealing itself is the {@code personal-data}
 * module's, outside the published language.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    DataSubject subject();

    /** The name of the record component holding the subject's id (the account id, or the order id). */
    String idFrom();
}
