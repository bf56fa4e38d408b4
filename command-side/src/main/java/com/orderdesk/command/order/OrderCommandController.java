package com.orderdesk.command.order;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.command.caller.IdempotencyKey;
import com.orderdesk.command.web.Commands;
import com.orderdesk.command.web.IdempotentCreation;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Order commands over HTTP. Every update needs {@code If-Match} with the version last read (412 when stale);
 * creation accepts an {@code Idempotency-Key}. Reads live on the query side under the same paths.
 */
@RestController
@RequestMapping("/api/orders")
class OrderCommandController {

    private static final String ORDERS = "/api/orders/";

    private final Commands commands;
    private final IdempotentCreation creation;

    OrderCommandController(Commands commands, IdempotentCreation creation) {
        this.commands = commands;
        this.creation = creation;
    }

    /** Records an order from a shop channel; its external order number is unique in the workspace. */
    @PostMapping
    ResponseEntity<OrderVersion> record(Actor actor, @Valid @RequestBody RecordOrderRequest body, IdempotencyKey key) {
        return creation.create(actor, key, body, OrderVersion.class, () -> {
            String orderId = UUID.randomUUID().toString();
            commands.send(body.toCommand(orderId, actor));
            return new OrderVersion(orderId, 0); // recording applies exactly one event
        }, created -> ORDERS + created.orderId());
    }

    /** Moves the order along its lifecycle, with a reason (and the shipment when shipping). */
    @PostMapping("/{orderId}/status")
    OrderVersion changeStatus(Actor actor, @PathVariable String orderId,
                              @Valid @RequestBody OrderRequests.StatusChange body, ExpectedVersion version) {
        return send(orderId, new ChangeOrderStatus(orderId, version.value(), actor, body.status(), body.reason(),
                                                   body.shipment(), body.afterSalesKind()));
    }

    /** Replaces the order's lines; the total is recomputed. */
    @PutMapping("/{orderId}/lines")
    OrderVersion changeLines(Actor actor, @PathVariable String orderId, @Valid @RequestBody OrderRequests.Lines body,
                             ExpectedVersion version) {
        return send(orderId, new ChangeOrderLines(orderId, version.value(), actor,
                                                  body.lines().stream().map(RecordOrderRequest.Line::toCommand)
                                                      .toList()));
    }

    /** Corrects the customer's contact (the customer's right to correction). */
    @PutMapping("/{orderId}/customer")
    OrderVersion correctCustomer(Actor actor, @PathVariable String orderId,
                                 @Valid @RequestBody OrderRequests.Customer body, ExpectedVersion version) {
        return send(orderId, new CorrectCustomerContact(orderId, version.value(), actor, body.toContact()));
    }

    /** Changes the buyer's note. */
    @PutMapping("/{orderId}/buyer-note")
    OrderVersion changeBuyerNote(Actor actor, @PathVariable String orderId,
                                 @Valid @RequestBody OrderRequests.BuyerNote body, ExpectedVersion version) {
        return send(orderId, new ChangeBuyerNote(orderId, version.value(), actor, body.buyerNote()));
    }

    /** Tags the order. */
    @PutMapping("/{orderId}/tags/{tag}")
    OrderVersion tag(Actor actor, @PathVariable String orderId, @PathVariable String tag, ExpectedVersion version) {
        return send(orderId, new TagOrder(orderId, version.value(), actor, tag));
    }

    /** Takes a tag off the order. */
    @DeleteMapping("/{orderId}/tags/{tag}")
    OrderVersion untag(Actor actor, @PathVariable String orderId, @PathVariable String tag, ExpectedVersion version) {
        return send(orderId, new UntagOrder(orderId, version.value(), actor, tag));
    }

    /** Adds an internal note, seen by the workspace only. */
    @PostMapping("/{orderId}/notes")
    ResponseEntity<OrderVersion> addNote(Actor actor, @PathVariable String orderId,
                                         @Valid @RequestBody OrderRequests.Note body, ExpectedVersion version) {
        String noteId = UUID.randomUUID().toString();
        OrderVersion answer = send(orderId, new AddInternalNote(orderId, version.value(), actor, noteId, body.text()));
        return ResponseEntity.created(URI.create(ORDERS + orderId + "/notes/" + noteId)).body(answer);
    }

    /** Edits one's own internal note. */
    @PutMapping("/{orderId}/notes/{noteId}")
    OrderVersion editNote(Actor actor, @PathVariable String orderId, @PathVariable String noteId,
                          @Valid @RequestBody OrderRequests.Note body, ExpectedVersion version) {
        return send(orderId, new EditInternalNote(orderId, version.value(), actor, noteId, body.text()));
    }

    /** Deletes one's own internal note. */
    @DeleteMapping("/{orderId}/notes/{noteId}")
    OrderVersion deleteNote(Actor actor, @PathVariable String orderId, @PathVariable String noteId,
                            ExpectedVersion version) {
        return send(orderId, new DeleteInternalNote(orderId, version.value(), actor, noteId));
    }

    /** Follows the order: its status changes reach the caller's inbox. No If-Match: it edits nothing. */
    @PutMapping("/{orderId}/followers/me")
    OrderVersion follow(Actor actor, @PathVariable String orderId) {
        return send(orderId, new FollowOrder(orderId, actor));
    }

    /** Stops following the order. */
    @DeleteMapping("/{orderId}/followers/me")
    OrderVersion unfollow(Actor actor, @PathVariable String orderId) {
        return send(orderId, new UnfollowOrder(orderId, actor));
    }

    private OrderVersion send(String orderId, Object command) {
        long version = commands.send(command);
        return new OrderVersion(orderId, version);
    }
}
