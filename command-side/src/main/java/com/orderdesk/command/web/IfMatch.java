package com.orderdesk.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the aggregate version a client expects from {@code If-Match}; updates without it are refused (428). */
public final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private IfMatch() {
    }

    public static long requiredVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new Missing();
        }
        Matcher matcher = VERSION.matcher(header);
        if (!matcher.matches()) {
            throw new Malformed();
        }
        return Long.parseLong(matcher.group(1));
    }

    /** An update came without If-Match. */
    public static class Missing extends RuntimeException {
        Missing() {
            super("Send If-Match with the ETag (version) you last read, so no one else's change is overwritten");
        }
    }

    /** If-Match did not hold one quoted version number. */
    public static class Malformed extends RuntimeException {
        Malformed() {
            super("If-Match must be the ETag you last read, e.g. If-Match: \"3\"");
        }
    }
}
