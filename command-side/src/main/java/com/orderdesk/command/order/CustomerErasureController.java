package com.orderdesk.command.order;

import com.orderdesk.command.common.PrivacySettings;
import com.orderdesk.command.web.Commands;
import com.orderdesk.command.web.Versioned;
import com.orderdesk.web.caller.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** An owner erases the personal data of an order's customer on the customer's request (OWNER only). */
@RestController
class CustomerErasureController {

    private final Commands commands;
    private final PrivacySettings privacy;
    private final Clock clock;

    CustomerErasureController(Commands commands, PrivacySettings privacy, Clock clock) {
        this.commands = commands;
        this.privacy = privacy;
        this.clock = clock;
    }

    /** Schedules the erasure of the order's customer data after the grace period (the customer's right to erasure). */
    @PostMapping("/api/orders/{orderId}/customer/erasure")
    ResponseEntity<CustomerErasureScheduled> requestErasure(Actor actor, @PathVariable String orderId) {
        Instant dueAt = clock.instant().plus(privacy.erasureGracePeriod());
        long version = commands.send(new RequestCustomerErasure(orderId, actor, dueAt));
        return ResponseEntity.accepted().body(new CustomerErasureScheduled(orderId, dueAt, version));
    }

    record CustomerErasureScheduled(String orderId, Instant dueAt, long version) implements Versioned {
    }
}
