package com.orderdesk.command.order;

import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderUnfollowed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Members who follow an order, whatever its status: following is a personal preference, not an edit, so it needs
 * no If-Match and following twice changes nothing.
 */
@SnapshotState
class OrderFollowers {

    @JsonBackReference("followers")
    private Order order;
    private Set<String> followers = new HashSet<>(); // not final: snapshots set it

    @JsonCreator // for snapshots; Jackson sets the order back
    private OrderFollowers() {
    }

    OrderFollowers(Order order) {
        this.order = order;
    }

    @CommandHandler
    long handle(FollowOrder command) {
        order.requireCurrent(command.actor().workspaceId(), null);
        if (!followers.contains(command.actor().accountId())) {
            apply(new OrderFollowed(command.orderId(), command.actor().workspaceId(), command.actor().accountId()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(UnfollowOrder command) {
        order.requireCurrent(command.actor().workspaceId(), null);
        if (followers.contains(command.actor().accountId())) {
            apply(new OrderUnfollowed(command.orderId(), command.actor().workspaceId(), command.actor().accountId()));
        }
        return getVersion();
    }

    @EventSourcingHandler
    void on(OrderFollowed event) {
        followers.add(event.followerId());
    }

    @EventSourcingHandler
    void on(OrderUnfollowed event) {
        followers.remove(event.followerId());
    }
}
