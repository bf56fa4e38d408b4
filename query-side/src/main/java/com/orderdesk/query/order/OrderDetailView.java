package com.orderdesk.query.order;

import com.orderdesk.events.order.ShippingAddress;
import com.orderdesk.query.task.TaskCardView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order with everything about it: lines, customer, shipment, notes, attachments, its history, the tasks
 * linked to it and who follows it.
 */
public record OrderDetailView(String orderId, String workspaceId, String externalOrderNumber, String salesChannel,
                              Instant orderedAt, Instant recordedAt, Instant updatedAt, String status,
                              String currency, BigDecimal total, List<Line> lines, Customer customer,
                              String buyerNote, List<String> tags, Shipment shipment, List<Note> notes,
                              List<Attachment> attachments, List<HistoryEntry> history, List<TaskCardView> tasks,
                              List<String> followerIds, long version) {

    /** A line item of the order. */
    public record Line(String sku, String title, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    }

    /** The buyer's contact details. */
    public record Customer(String name, String phone, ShippingAddress address) {
    }

    /** How the order shipped. */
    public record Shipment(String carrier, String trackingNumber) {
    }

    /** An internal note. */
    public record Note(String noteId, String authorId, String text, Instant createdAt, Instant editedAt) {
    }

    /** A file attached to the order; download it from the command side's attachment endpoint. */
    public record Attachment(String attachmentId, String fileName, String contentType, long size, String sha256,
                             Instant addedAt) {
    }

    /** One event of the order: when, who, and what changed. */
    public record HistoryEntry(long version, Instant at, String event, String actorId, String actorRole,
                               String summary) {
    }
}
