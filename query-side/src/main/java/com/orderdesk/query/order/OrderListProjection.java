package com.orderdesk.query.order;

import com.orderdesk.events.order.AttachmentAdded;
import com.orderdesk.events.order.AttachmentRemoved;
import com.orderdesk.events.order.BuyerNoteChanged;
import com.orderdesk.events.order.CustomerContactCorrected;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.InternalNoteDeleted;
import com.orderdesk.events.order.InternalNoteEdited;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.order.OrderUnfollowed;
import com.orderdesk.events.order.OrderUntagged;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.CustomerErasureRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects order events into the order list and order detail read model. Each change applies only if it is
 * newer than the stored version, so replays and redeliveries change nothing.
 */
@Component
@ProcessingGroup(OrderListProjection.PROCESSING_GROUP)
class OrderListProjection {

    static final String PROCESSING_GROUP = "order-list";

    private final OrderListWrites orders;
    private final OrderLiveUpdates live;

    OrderListProjection(OrderListWrites orders, OrderLiveUpdates live) {
        this.orders = orders;
        this.live = live;
    }

    @EventHandler
    void on(OrderRecorded event, @Timestamp Instant recordedAt, @SequenceNumber long version) {
        orders.insertRecorded(event, recordedAt, version);
        live.orderChanged(event.workspaceId(), event.orderId());
    }

    @EventHandler
    void on(OrderStatusChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advanceToStatus(event.orderId(), version, at, event.to().name(), event.shipment())) {
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(OrderLinesChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.replaceLines(event.orderId(), event.lines(), event.total());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(CustomerContactCorrected event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.setCustomer(event.orderId(), event.customer());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(BuyerNoteChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.setBuyerNote(event.orderId(), event.buyerNote());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(OrderTagged event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.addTag(event.orderId(), event.tag());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(OrderUntagged event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.removeTag(event.orderId(), event.tag());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(OrderFollowed event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.addFollower(event.orderId(), event.followerId());
            live.historyChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(OrderUnfollowed event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.removeFollower(event.orderId(), event.followerId());
            live.historyChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(InternalNoteAdded event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.addNote(event.orderId(), event.noteId(), event.authorId(), event.text(), at);
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(InternalNoteEdited event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.editNote(event.noteId(), event.text(), at);
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(InternalNoteDeleted event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.deleteNote(event.noteId());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(CustomerErasureRequested event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    /** Unconditional: a copy of erased data must go even if a later event already advanced the row. */
    @EventHandler
    void on(CustomerErased event, @Timestamp Instant at, @SequenceNumber long version) {
        orders.advance(event.orderId(), version, at);
        orders.eraseCustomer(event.orderId());
        live.orderChanged(event.workspaceId(), event.orderId());
    }

    @EventHandler
    void on(AttachmentAdded event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.addAttachment(event.orderId(), event.attachmentId(), event.fileName(), event.contentType(),
                                 event.size(), event.sha256(), at);
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    @EventHandler
    void on(AttachmentRemoved event, @Timestamp Instant at, @SequenceNumber long version) {
        if (orders.advance(event.orderId(), version, at)) {
            orders.removeAttachment(event.attachmentId());
            live.orderChanged(event.workspaceId(), event.orderId());
        }
    }

    /** A rebuild starts from empty tables. */
    @ResetHandler
    void reset() {
        orders.clear();
    }
}
