package com.orderdesk.events.privacy;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The retention job destroyed the keys of device information (client IP, user agent) written on these UTC days:
 * it now reads as expired everywhere, and projections clear their copies up to {@code throughDay}.
 */
@Revision("1")
public record DeviceDataExpired(List<LocalDate> days, LocalDate throughDay, Instant expiredAt) {

    public DeviceDataExpired {
        days = List.copyOf(days);
    }
}
