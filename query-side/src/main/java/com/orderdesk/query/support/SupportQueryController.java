package com.orderdesk.query.support;

import com.orderdesk.events.support.SupportRequestKind;
import com.orderdesk.events.support.SupportRequestStatus;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.web.NotFound;
import com.orderdesk.query.web.ReadYourWrites;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Support and privacy requests: the requester's own under {@code /api/support/requests} (anyone else's answers
 * 404), every request for the admins under {@code /api/admin/support/requests}, oldest due date first.
 */
@RestController
@Validated
class SupportQueryController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final SupportRequestReads reads;

    SupportQueryController(SupportRequestReads reads) {
        this.reads = reads;
    }

    /** Lists the caller's own support and privacy requests, newest first. */
    @GetMapping("/api/support/requests")
    SupportRequestPage own(Actor actor,
                           @RequestParam(required = false) SupportRequestStatus status,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return page(reads.own(actor.accountId(), status, cursor, limit));
    }

    /**
     * Shows one of the caller's requests with its thread of messages.
     * <p>
     * {@code minVersion} waits for it (read-your-writes).
     */
    @GetMapping("/api/support/requests/{requestId}")
    ResponseEntity<SupportRequestDetailView> ownRequest(Actor actor,
                                                        @PathVariable @Pattern(regexp = ID) String requestId,
                                                        @RequestParam(required = false) @Min(0) Long minVersion,
                                                        @RequestParam(defaultValue = "5000") @Min(0) @Max(10_000)
                                                        long waitMillis) {
        String accountId = actor.accountId();
        return detail(requestId, detail -> Objects.equals(detail.request().requesterId(), accountId), minVersion,
                      waitMillis);
    }

    /**
     * Lists every support and privacy request for the admins, oldest due date first.
     * <p>
     * {@code status} may repeat; {@code overdue=true} keeps open requests past their due date, {@code false} the
     * others.
     */
    @GetMapping("/api/admin/support/requests")
    SupportRequestPage queue(@RequestParam(required = false) Set<SupportRequestStatus> status,
                             @RequestParam(required = false) SupportRequestKind kind,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) @Pattern(regexp = ID) String requester,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return page(reads.queue(new SupportFilter(status, kind, overdue, requester), cursor, limit));
    }

    /** Shows any support or privacy request with its thread of messages, for the admins. */
    @GetMapping("/api/admin/support/requests/{requestId}")
    ResponseEntity<SupportRequestDetailView> anyRequest(@PathVariable @Pattern(regexp = ID) String requestId,
                                                        @RequestParam(required = false) @Min(0) Long minVersion,
                                                        @RequestParam(defaultValue = "5000") @Min(0) @Max(10_000)
                                                        long waitMillis) {
        return detail(requestId, detail -> true, minVersion, waitMillis);
    }

    private ResponseEntity<SupportRequestDetailView> detail(String requestId,
                                                            Predicate<SupportRequestDetailView> visible,
                                                            Long minVersion, long waitMillis) {
        ReadYourWrites.Read<SupportRequestDetailView> read = ReadYourWrites.read(
                () -> reads.detail(requestId).filter(visible), detail -> detail.request().version(), minVersion,
                waitMillis);
        SupportRequestDetailView detail = read.value().orElseThrow(() -> new NotFound("Support request", requestId));
        return ResponseEntity.ok()
                             .eTag(Long.toString(detail.request().version()))
                             .header(ReadYourWrites.CONSISTENT_HEADER, Boolean.toString(read.consistent()))
                             .body(detail);
    }

    private static SupportRequestPage page(Page<SupportRequestView> page) {
        return new SupportRequestPage(page.items(), page.nextCursor());
    }
}
