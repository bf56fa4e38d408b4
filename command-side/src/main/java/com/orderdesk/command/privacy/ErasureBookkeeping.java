package com.orderdesk.command.privacy;

import com.orderdesk.command.common.PrivacySettings;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.AccountErasureCancelled;
import com.orderdesk.events.privacy.AccountErasureRequested;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.CustomerErasureRequested;
import com.orderdesk.events.privacy.DataSubject;
import com.orderdesk.personaldata.JdbcSubjectKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;

import static com.orderdesk.command.privacy.PendingErasures.Kind.ACCOUNT;
import static com.orderdesk.command.privacy.PendingErasures.Kind.CUSTOMER;

/**
 * What erasure changes outside the event store, in the transaction that records it (a subscribing processor):
 * the subject's key is destroyed, the account's sign-in identity, credential and invitations go, the order's
 * attachment files go, snapshots of the aggregate are removed, and due times are kept for the privacy job.
 */
@Component
@ProcessingGroup(ErasureBookkeeping.PROCESSING_GROUP)
class ErasureBookkeeping {

    static final String PROCESSING_GROUP = "erasure-bookkeeping";
    private static final Set<OrderStatus> CLOSED = Set.of(OrderStatus.COMPLETED, OrderStatus.CLOSED,
                                                         OrderStatus.CANCELLED);

    private final PendingErasures pending;
    private final JdbcSubjectKeys keys;
    private final JdbcClient jdbc;
    private final PrivacySettings settings;

    ErasureBookkeeping(PendingErasures pending, JdbcSubjectKeys keys, JdbcClient jdbc, PrivacySettings settings) {
        this.pending = pending;
        this.keys = keys;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @EventHandler
    void on(AccountErasureRequested event) {
        pending.schedule(ACCOUNT, event.accountId(), event.dueAt(), "REQUEST");
    }

    @EventHandler
    void on(AccountErasureCancelled event) {
        pending.done(ACCOUNT, event.accountId());
    }

    @EventHandler
    void on(AccountErased event) {
        keys.destroy(DataSubject.ACCOUNT.subjectId(event.accountId()), "ERASURE");
        for (String table : new String[]{"account_identity", "credential", "invitation"}) {
            jdbc.sql("DELETE FROM command_side." + table + " WHERE account_id = ?").param(event.accountId()).update();
        }
        jdbc.sql("UPDATE command_side.workspace_member SET username = ?, active = FALSE WHERE account_id = ?")
            .params("erased-" + event.accountId(), event.accountId()).update();
        removeSnapshots(event.accountId());
        pending.done(ACCOUNT, event.accountId());
    }

    @EventHandler
    void on(CustomerErasureRequested event) {
        pending.schedule(CUSTOMER, event.orderId(), event.dueAt(), "REQUEST");
    }

    /** A closed order keeps its customer's contact for the retention period; reopening it (after-sales) keeps it. */
    @EventHandler
    void on(OrderStatusChanged event, @Timestamp Instant at) {
        if (CLOSED.contains(event.to())) {
            pending.schedule(CUSTOMER, event.orderId(), at.plus(settings.closedOrderContactRetention()), "RETENTION");
        } else {
            pending.cancel(CUSTOMER, event.orderId(), "RETENTION");
        }
    }

    @EventHandler
    void on(CustomerErased event) {
        keys.destroy(DataSubject.CUSTOMER.subjectId(event.orderId()), event.reason());
        // Files attached to an order (invoices, labels, photos) typically carry the customer's data.
        jdbc.sql("DELETE FROM command_side.attachment_file WHERE order_id = ?").param(event.orderId()).update();
        removeSnapshots(event.orderId());
        pending.done(CUSTOMER, event.orderId());
    }

    private void removeSnapshots(String aggregateId) {
        jdbc.sql("DELETE FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ?").param(aggregateId)
            .update();
    }
}
