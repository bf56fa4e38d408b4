package com.orderdesk.query.order;

import com.orderdesk.query.security.Actor;
import com.orderdesk.query.web.NotFound;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Order list and order detail, always within the caller's workspace. */
@RestController
@Validated
@RequestMapping("/api/orders")
class OrderQueryController {

    static final int MAX_PAGE_SIZE = 200;

    private final OrderListRepository orders;

    OrderQueryController(OrderListRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/{orderId}")
    ResponseEntity<OrderDetailView> order(@AuthenticationPrincipal Jwt token,
                                          @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String orderId) {
        String workspaceId = Actor.of(token).workspaceId();
        OrderSummaryRow summary = orders.findSummary(orderId)
                                        .filter(order -> order.workspaceId().equals(workspaceId))
                                        .orElseThrow(() -> new NotFound("Order", orderId));
        return ResponseEntity.ok()
                             .eTag(Long.toString(summary.version()))
                             .body(OrderDetailView.of(summary, orders.findLines(orderId)));
    }

    @GetMapping
    OrderPage orders(@AuthenticationPrincipal Jwt token,
                     @RequestParam(required = false) String cursor,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int limit) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        // One extra row tells whether another page exists without a count query.
        List<OrderSummaryRow> rows = orders.findPage(Actor.of(token).workspaceId(), after, limit + 1);
        boolean more = rows.size() > limit;
        List<OrderSummaryRow> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new PageCursor(page.get(limit - 1).recordedAt(), page.get(limit - 1).orderId()).encode()
                           : null;
        return new OrderPage(page.stream().map(OrderSummaryView::of).toList(), next);
    }
}
