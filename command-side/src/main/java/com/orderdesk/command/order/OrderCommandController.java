package com.orderdesk.command.order;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.IdempotentRequests;
import com.orderdesk.command.web.IfMatch;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.UUID;

/**
 * Order commands over HTTP. Every update needs {@code If-Match} with the version last read (412 when stale);
 * creation accepts an {@code Idempotency-Key}. Reads live on the query side under the same paths.
 */
@RestController
@RequestMapping("/api/orders")
class OrderCommandController {

    private static final String IF_MATCH = "If-Match";

    private final OrderService orders;
    private final RequestMetadata metadata;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderCommandController(OrderService orders, RequestMetadata metadata) {
        this.orders = orders;
        this.metadata = metadata;
    }

    @PostMapping
    ResponseEntity<String> record(@AuthenticationPrincipal Jwt token,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                                  @Valid @RequestBody RecordOrderRequest body, HttpServletRequest request) {
        IdempotentRequests.Answer answer = orders.record(Actor.of(token).workspaceId(), idempotencyKey, body,
                                                         metadata.of(request));
        OrderVersion created = json.readValue(answer.body(), OrderVersion.class);
        return ResponseEntity.status(answer.status())
                             .location(URI.create("/api/orders/" + created.orderId()))
                             .eTag(Long.toString(created.version()))
                             .header("Idempotent-Replayed", Boolean.toString(answer.replayed()))
                             .contentType(MediaType.APPLICATION_JSON)
                             .body(answer.body());
    }

    @PostMapping("/{orderId}/status")
    ResponseEntity<OrderVersion> changeStatus(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody OrderRequests.StatusChange body,
                                              HttpServletRequest request) {
        return updated(orderId, new ChangeOrderStatus(orderId, IfMatch.requiredVersion(ifMatch), workspace(token),
                                                      body.status(), body.reason(), body.shipment(),
                                                      body.afterSalesKind()), request);
    }

    @PutMapping("/{orderId}/lines")
    ResponseEntity<OrderVersion> changeLines(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody OrderRequests.Lines body,
                                             HttpServletRequest request) {
        return updated(orderId, new ChangeOrderLines(orderId, IfMatch.requiredVersion(ifMatch), workspace(token),
                                                     body.lines().stream().map(RecordOrderRequest.Line::toCommand)
                                                         .toList()), request);
    }

    @PutMapping("/{orderId}/customer")
    ResponseEntity<OrderVersion> correctCustomer(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody OrderRequests.Customer body,
                                                 HttpServletRequest request) {
        return updated(orderId, new CorrectCustomerContact(orderId, IfMatch.requiredVersion(ifMatch),
                                                           workspace(token), body.toContact()), request);
    }

    @PutMapping("/{orderId}/buyer-note")
    ResponseEntity<OrderVersion> changeBuyerNote(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody OrderRequests.BuyerNote body,
                                                 HttpServletRequest request) {
        return updated(orderId, new ChangeBuyerNote(orderId, IfMatch.requiredVersion(ifMatch), workspace(token),
                                                    body.buyerNote()), request);
    }

    @PutMapping("/{orderId}/tags/{tag}")
    ResponseEntity<OrderVersion> tag(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                     @PathVariable String tag,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     HttpServletRequest request) {
        return updated(orderId, new TagOrder(orderId, IfMatch.requiredVersion(ifMatch), workspace(token), tag),
                       request);
    }

    @DeleteMapping("/{orderId}/tags/{tag}")
    ResponseEntity<OrderVersion> untag(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                       @PathVariable String tag,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       HttpServletRequest request) {
        return updated(orderId, new UntagOrder(orderId, IfMatch.requiredVersion(ifMatch), workspace(token), tag),
                       request);
    }

    @PostMapping("/{orderId}/notes")
    ResponseEntity<OrderVersion> addNote(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody OrderRequests.Note body, HttpServletRequest request) {
        Actor actor = Actor.of(token);
        String noteId = UUID.randomUUID().toString();
        ResponseEntity<OrderVersion> response = updated(orderId, new AddInternalNote(
                orderId, IfMatch.requiredVersion(ifMatch), actor.workspaceId(), noteId, actor.accountId(),
                body.text()), request);
        return ResponseEntity.created(URI.create("/api/orders/" + orderId + "/notes/" + noteId))
                             .headers(response.getHeaders()).body(response.getBody());
    }

    @PutMapping("/{orderId}/notes/{noteId}")
    ResponseEntity<OrderVersion> editNote(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                          @PathVariable String noteId,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody OrderRequests.Note body, HttpServletRequest request) {
        Actor actor = Actor.of(token);
        return updated(orderId, new EditInternalNote(orderId, IfMatch.requiredVersion(ifMatch), actor.workspaceId(),
                                                     noteId, actor.accountId(), body.text()), request);
    }

    @DeleteMapping("/{orderId}/notes/{noteId}")
    ResponseEntity<OrderVersion> deleteNote(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                            @PathVariable String noteId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            HttpServletRequest request) {
        Actor actor = Actor.of(token);
        return updated(orderId, new DeleteInternalNote(orderId, IfMatch.requiredVersion(ifMatch),
                                                       actor.workspaceId(), noteId, actor.accountId()), request);
    }

    /** Follow the order: its status changes reach the caller's inbox. No If-Match: it edits nothing. */
    @PutMapping("/{orderId}/followers/me")
    ResponseEntity<OrderVersion> follow(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                        HttpServletRequest request) {
        Actor actor = Actor.of(token);
        return updated(orderId, new FollowOrder(orderId, actor.workspaceId(), actor.accountId()), request);
    }

    @DeleteMapping("/{orderId}/followers/me")
    ResponseEntity<OrderVersion> unfollow(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                          HttpServletRequest request) {
        Actor actor = Actor.of(token);
        return updated(orderId, new UnfollowOrder(orderId, actor.workspaceId(), actor.accountId()), request);
    }

    private ResponseEntity<OrderVersion> updated(String orderId, Object command, HttpServletRequest request) {
        long version = orders.update(command, metadata.of(request));
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new OrderVersion(orderId, version));
    }

    private static String workspace(Jwt token) {
        return Actor.of(token).workspaceId();
    }
}
