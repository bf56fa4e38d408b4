package com.orderdesk.command.order;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of orders: an order loads from its latest snapshot plus the events after it, so a long-lived order
 * (many notes, tags, follows) costs no more to change than a new one. A snapshot is taken after a command whose
 * load read more than {@code orderdesk.snapshots.order-threshold} events (0 turns snapshots off, as the benchmark
 * does to measure the difference). Erasure removes an order's snapshots with its key.
 */
@Configuration(proxyBeanMethods = false)
class OrderSnapshots {

    static final String TRIGGER = "orderSnapshotTrigger";
    static final String FILTER = "orderSnapshotFilter";
    static final String REVISION = "1";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition orderSnapshotTrigger(Snapshotter snapshotter,
                                                   @Value("${orderdesk.snapshots.order-threshold:100}") int threshold) {
        return threshold > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, threshold)
                             : NoSnapshotTriggerDefinition.INSTANCE;
    }

    /** Only snapshots of the current shape of {@link Order} are used; older ones are skipped, never misread. */
    @Bean(FILTER)
    SnapshotFilter orderSnapshotFilter() {
        return RevisionSnapshotFilter.builder().type(Order.class.getSimpleName()).revision(REVISION).build();
    }
}
