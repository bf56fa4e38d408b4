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
import com.orderdesk.query.infra.DeferredInserts;
import com.orderdesk.query.infra.HistoryLines;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every event of an order as a line of its history: when, who (from the event's metadata) and what changed.
 * Summaries never copy the customer's contact details or note texts. Free text typed by the team (status
 * reasons) and attachment file names are shown as given; erasing personal data from them is the privacy
 * feature's work.
 */
@Component
@ProcessingGroup(OrderTimelineProjection.PROCESSING_GROUP)
class OrderTimelineProjection {

    static final String PROCESSING_GROUP = "order-timeline";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final OrderLiveUpdates live;

    OrderTimelineProjection(JdbcClient jdbc, DeferredInserts inserts, OrderLiveUpdates live) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.live = live;
    }

    @EventHandler
    void on(OrderRecorded e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence,
               "Recorded order " + e.externalOrderNumber()
               + (e.salesChannel() == null ? "" : " from " + e.salesChannel()) + ": " + e.lines().size()
               + (e.lines().size() == 1 ? " line" : " lines") + ", total " + e.total().toPlainString() + " "
               + e.currency());
    }

    @EventHandler
    void on(OrderStatusChanged e, EventMessage<?> message, @SequenceNumber long sequence) {
        StringBuilder summary = new StringBuilder("Status ").append(e.from()).append(" → ").append(e.to());
        if (e.shipment() != null) {
            summary.append(" with ").append(e.shipment().carrier()).append(" ").append(e.shipment().trackingNumber());
        }
        if (e.afterSalesKind() != null) {
            summary.append(" (").append(e.afterSalesKind()).append(")");
        }
        if (e.reason() != null && !e.reason().isBlank()) {
            summary.append(": ").append(e.reason());
        }
        record(message, e.orderId(), e.workspaceId(), sequence, summary.toString());
    }

    @EventHandler
    void on(OrderLinesChanged e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence,
               "Line items changed: " + e.lines().size() + (e.lines().size() == 1 ? " line" : " lines")
               + ", total " + e.previousTotal().toPlainString() + " → " + e.total().toPlainString());
    }

    @EventHandler
    void on(CustomerContactCorrected e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Customer contact details corrected");
    }

    @EventHandler
    void on(BuyerNoteChanged e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Buyer note corrected");
    }

    @EventHandler
    void on(OrderTagged e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Tagged \"" + e.tag() + "\"");
    }

    @EventHandler
    void on(OrderUntagged e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Tag \"" + e.tag() + "\" removed");
    }

    @EventHandler
    void on(OrderFollowed e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, e.followerId() + " follows the order");
    }

    @EventHandler
    void on(OrderUnfollowed e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, e.followerId() + " stopped following");
    }

    @EventHandler
    void on(InternalNoteAdded e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Internal note " + e.noteId() + " added");
    }

    @EventHandler
    void on(InternalNoteEdited e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Internal note " + e.noteId() + " edited");
    }

    @EventHandler
    void on(InternalNoteDeleted e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Internal note " + e.noteId() + " deleted");
    }

    @EventHandler
    void on(AttachmentAdded e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence,
               "Attached " + e.fileName() + " (" + e.contentType() + ", " + e.size() + " bytes)");
    }

    @EventHandler
    void on(AttachmentRemoved e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence, "Attachment " + e.attachmentId() + " removed");
    }

    @EventHandler
    void on(CustomerErasureRequested e, EventMessage<?> message, @SequenceNumber long sequence) {
        record(message, e.orderId(), e.workspaceId(), sequence,
               "Erasure of the customer's personal data requested, due " + e.dueAt());
    }

    /** The history keeps that a file was attached, not its name. */
    @EventHandler
    void on(CustomerErased e, EventMessage<?> message, @SequenceNumber long sequence) {
        inserts.flush(); // the lines below must see this batch's lines too
        jdbc.sql("""
                 UPDATE query_side.order_timeline SET summary = 'Attached a file (name erased)'
                 WHERE order_id = ? AND event_type = 'AttachmentAdded'""").param(e.orderId()).update();
        // As a replay writes it: "Status A → SHIPPED with <carrier> <tracking>[ (kind)][: reason]".
        jdbc.sql("""
                 UPDATE query_side.order_timeline
                 SET summary = regexp_replace(summary, '^(Status \\S+ → \\S+) with [^:()]+ [^\\s:()]+(( \\([A-Z_]+\\))?(: .*)?)$',
                                              '\\1 with [erased] [erased]\\2')
                 WHERE order_id = ? AND event_type = 'OrderStatusChanged' AND summary LIKE '% with %'""")
            .param(e.orderId()).update();
        record(message, e.orderId(), e.workspaceId(), sequence, "Customer's personal data erased ("
                                                                 + e.reason().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private void record(EventMessage<?> message, String orderId, String workspaceId, long sequence, String summary) {
        HistoryLines.record(inserts, "query_side.order_timeline", "order_id", message, orderId, workspaceId, sequence,
                            summary);
        if (live.detailWatched(workspaceId, orderId)) {
            inserts.flush(); // the detail sent to its watchers is read now and shows this line
        }
        live.historyChanged(workspaceId, orderId);
    }

    /** A rebuild starts from an empty timeline. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query_side.order_timeline").update();
    }
}
