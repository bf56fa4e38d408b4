package com.orderdesk.command.order;

import com.orderdesk.command.privacy.PrivacySettings;
import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** An owner erases the personal data of an order's customer on the customer's request (OWNER only). */
@RestController
class CustomerErasureController {

    private final OrderService orders;
    private final RequestMetadata metadata;
    private final PrivacySettings privacy;
    private final Clock clock;

    CustomerErasureController(OrderService orders, RequestMetadata metadata, PrivacySettings privacy, Clock clock) {
        this.orders = orders;
        this.metadata = metadata;
        this.privacy = privacy;
        this.clock = clock;
    }

    @PostMapping("/api/orders/{orderId}/customer/erasure")
    ResponseEntity<CustomerErasureScheduled> requestErasure(@AuthenticationPrincipal Jwt token,
                                                            @PathVariable String orderId,
                                                            HttpServletRequest request) {
        Actor actor = Actor.of(token);
        Instant dueAt = clock.instant().plus(privacy.erasureGracePeriod());
        long version = orders.update(new RequestCustomerErasure(orderId, actor.workspaceId(), actor.accountId(), dueAt),
                                     metadata.of(request));
        return ResponseEntity.accepted().eTag(Long.toString(version))
                             .body(new CustomerErasureScheduled(orderId, dueAt, version));
    }

    record CustomerErasureScheduled(String orderId, Instant dueAt, long version) {
    }
}
