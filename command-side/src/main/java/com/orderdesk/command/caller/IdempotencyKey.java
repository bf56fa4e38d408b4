package com.orderdesk.command.caller;

import com.orderdesk.command.refusal.InvalidInput;
import com.orderdesk.command.refusal.ProblemTypes;

import java.util.regex.Pattern;

/**
 * The client's {@code Idempotency-Key} for a creating request, or none ({@code value} null): with a key, a retried
 * request answers the first one's result again instead of creating twice.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public IdempotencyKey {
        if (value != null && !WELL_FORMED.matcher(value).matches()) {
            throw new InvalidInput(ProblemTypes.INVALID_IDEMPOTENCY_KEY, "Invalid request",
                                   "An Idempotency-Key has 1 to 128 letters, digits or . _ : -");
        }
    }

    public boolean present() {
        return value != null;
    }
}
