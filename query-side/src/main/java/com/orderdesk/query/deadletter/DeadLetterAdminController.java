package com.orderdesk.query.deadletter;

import com.orderdesk.query.list.Page;
import com.orderdesk.query.web.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The platform admin's view of parked events (ADMIN only): what each projection's dead-letter queue holds and why,
 * and retrying. Evicting is a decision recorded on the command side (POST /api/admin/dead-letters/{projection}/
 * evictions there), carried out here when the query side reads it.
 */
@RestController
@Validated
@RequestMapping("/api/admin/dead-letters")
class DeadLetterAdminController {

    /** Every projection's queue size, and the latest evictions. */
    record Overview(List<DeadLetterReads.QueueSize> projections, List<DeadLetterReads.Eviction> recentEvictions) {
    }

    /** Which sequence to retry; without one, every sequence the projection has parked. */
    record Retry(@Pattern(regexp = "[A-Za-z0-9:_.-]{1,255}") String sequence) {
    }

    private static final int RECENT_EVICTIONS = 20;

    private final DeadLetterQueues queues;
    private final DeadLetterReads reads;
    private final DeadLetterRetries retries;

    DeadLetterAdminController(DeadLetterQueues queues, DeadLetterReads reads, DeadLetterRetries retries) {
        this.queues = queues;
        this.reads = reads;
        this.retries = retries;
    }

    /** Lists each projection with how many aggregates and events it holds parked, and the latest evictions. */
    @GetMapping
    Overview overview() {
        return new Overview(reads.sizes(queues.projections()), reads.recentEvictions(RECENT_EVICTIONS));
    }

    /**
     * Lists a projection's parked sequences, the longest parked first, each with its first letters and their causes.
     */
    @GetMapping("/{projection}")
    Page<DeadLetterReads.ParkedSequence> sequences(@PathVariable @Pattern(regexp = "[a-z-]{1,40}") String projection,
                                                   @RequestParam(required = false) String cursor,
                                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        known(projection);
        return reads.sequences(projection, cursor, limit);
    }

    /**
     * Retries one parked sequence, or all of the projection's, through its handlers; answers the outcome of each.
     * <p>
     * A sequence retried is projected letter by letter until one fails again; that one stays parked with its new
     * cause, and the letters behind it wait.
     */
    @PostMapping("/{projection}/retries")
    List<DeadLetterRetries.Outcome> retry(@PathVariable @Pattern(regexp = "[a-z-]{1,40}") String projection,
                                          @Valid @RequestBody(required = false) Retry body) {
        known(projection);
        String sequence = body == null ? null : body.sequence();
        return sequence == null ? retries.retryAll(projection) : List.of(retries.retry(projection, sequence));
    }

    private void known(String projection) {
        if (!queues.hasQueue(projection)) {
            throw new NotFound("Projection with a dead-letter queue", projection);
        }
    }
}
