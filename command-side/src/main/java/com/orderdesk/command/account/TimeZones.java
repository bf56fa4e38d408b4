package com.orderdesk.command.account;

import java.time.ZoneId;

/** Which time zone ids a workspace may use: IANA region ids the JDK knows (no bare offsets such as "+08:00"). */
public final class TimeZones {

    static final int MAX_LENGTH = 64;

    private TimeZones() {
    }

    public static boolean isIanaId(String id) {
        return id != null && id.length() <= MAX_LENGTH && ZoneId.getAvailableZoneIds().contains(id);
    }
}
