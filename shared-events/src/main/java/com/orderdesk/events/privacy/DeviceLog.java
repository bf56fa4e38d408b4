package com.orderdesk.events.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field holding device or log information (client IP, user agent). It is sealed, outermost,
 * with the key of the UTC day it was written; the retention job destroys day keys past the retention period, and
 * the field then reads as {@code [expired]}. Combined with {@link PersonalData} it is unreadable
 * once either key is gone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface DeviceLog {
}
