package com.orderdesk.command.caller;

import com.orderdesk.command.refusal.InvalidInput;
import com.orderdesk.command.refusal.PreconditionRequired;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.web.problem.CommonProblemTypes;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The aggregate version the caller last read, from {@code If-Match} (the {@code ETag} of an earlier answer). An
 * update without it is refused (428), so no one overwrites a change they have not seen.
 */
public record ExpectedVersion(long value) {

    private static final Pattern QUOTED_VERSION = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    public static ExpectedVersion fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired(ProblemTypes.PRECONDITION_REQUIRED, "If-Match required",
                                           "Send If-Match with the ETag (version) you last read, so no one else's "
                                           + "change is overwritten");
        }
        Matcher matcher = QUOTED_VERSION.matcher(header);
        if (!matcher.matches()) {
            throw new InvalidInput(CommonProblemTypes.INVALID_REQUEST, "Invalid request",
                                   "If-Match must be the ETag you last read, e.g. If-Match: \"3\"");
        }
        return new ExpectedVersion(Long.parseLong(matcher.group(1)));
    }

    /**
     * The one version check of every aggregate, made after the workspace check (another workspace's aggregate is
     * "not found" whatever the version) and before the caller's rights and the business rules. {@code expected} is
     * null for changes that overwrite nothing (following, watching, commenting).
     */
    public static void require(String aggregateId, Long expected, Long current) {
        if (expected != null && current != null && expected.longValue() != current) {
            throw new ConflictingAggregateVersionException(aggregateId, expected, current);
        }
    }
}
