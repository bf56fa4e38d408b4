package com.orderdesk.query.order;

import com.orderdesk.query.web.NotFound;
import com.orderdesk.query.web.ReadYourWrites;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Set;

/** Order list and order detail, always within the caller's workspace. */
@RestController
@Validated
@RequestMapping("/api/orders")
class OrderQueryController {

    static final int MAX_PAGE_SIZE = 200;

    private final OrderListReads orders;
    private final OrderDetailReads details;

    OrderQueryController(OrderListReads orders, OrderDetailReads details) {
        this.orders = orders;
        this.details = details;
    }

    /**
     * Shows one order with its lines, customer, shipment, notes, attachments, history and linked tasks.
     * <p>
     * With {@code minVersion} (the version a command answered), waits up to {@code waitMillis} until the projection
     * has reached it: read-your-writes. The {@code OrderDesk-Consistent} header tells whether it did.
     */
    @GetMapping("/{orderId}")
    ResponseEntity<OrderDetailView> order(Actor actor,
                                          @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String orderId,
                                          @RequestParam(required = false) @Min(0) Long minVersion,
                                          @RequestParam(defaultValue = "5000") @Min(0) @Max(10_000) long waitMillis) {
        String workspaceId = actor.workspaceId();
        ReadYourWrites.Read<OrderSummaryRow> read = ReadYourWrites.read(() -> details.summary(workspaceId, orderId),
                                                                        OrderSummaryRow::version, minVersion,
                                                                        waitMillis);
        OrderSummaryRow row = read.value().orElseThrow(() -> new NotFound("Order", orderId));
        return ResponseEntity.ok()
                             .eTag(Long.toString(row.version()))
                             .header(ReadYourWrites.CONSISTENT_HEADER, Boolean.toString(read.consistent()))
                             .body(details.detail(row));
    }

    /** Lists the workspace's orders, newest first by default, with status counts on the first page. */
    @GetMapping
    OrderPage orders(Actor actor,
                     @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{1,20}") String> status,
                     @RequestParam(required = false) @Size(max = 120) String channel,
                     @RequestParam(required = false) @Size(max = 40) String tag,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(required = false) @Size(min = 1, max = 100) String q,
                     @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String assignee,
                     @RequestParam(defaultValue = "ORDER_TIME") OrderSort sort,
                     @RequestParam(defaultValue = "DESC") @Pattern(regexp = "ASC|DESC") String direction,
                     @RequestParam(required = false) String cursor,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int limit) {
        return orders.page(actor.workspaceId(), new OrderFilter(status, channel, tag, from, to, q, assignee),
                           sort, direction.equals("ASC"), cursor, limit);
    }
}
