package com.orderdesk.command.order;

import com.orderdesk.events.order.AttachmentAdded;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.privacy.CustomerErasureRequested;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static com.orderdesk.command.caller.Actors.by;
import static com.orderdesk.command.caller.Actors.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A snapshot of an order is its state as JSON: it must come back whole (members included, each pointing at its
 * order again) and carry none of the customer's personal data.
 */
class OrderSnapshotTest {

    private static final AggregateModel<Order> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Order.class);
    private static final SnapshotTrigger NO_TRIGGER = NoSnapshotTriggerDefinition.TRIGGER;
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void aSnapshotRestoresTheWholeStateWithoutPersonalData() throws Exception {
        Order order = orderFrom(
                new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall", Instant.parse("2026-11-20T09:30:00Z"), "CNY",
                                  List.of(new OrderLine("TEA", "Green tea", 2, new BigDecimal("9.50"),
                                                        new BigDecimal("19.00"))),
                                  new BigDecimal("19.00"), null, "leave at the door", List.of("vip")),
                new OrderTagged("o-1", "w-1", "gift"),
                new InternalNoteAdded("o-1", "w-1", "n-1", "alice", "call the buyer"),
                new AttachmentAdded("o-1", "w-1", "a-1", "invoice-王小明.pdf", "application/pdf", 10, "ab"),
                new OrderFollowed("o-1", "w-1", "bob"),
                new CustomerErasureRequested("o-1", "w-1", "alice", Instant.parse("2026-12-01T00:00:00Z")),
                new OrderStatusChanged("o-1", "w-1", OrderStatus.RECORDED, OrderStatus.CONFIRMED, "ok", null, null));

        SerializedObject<byte[]> snapshot = serializer.serialize(order, byte[].class);
        Order restored = serializer.deserialize(snapshot);

        String json = new String(snapshot.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"status\":\"CONFIRMED\"", "gift", "vip", "n-1", "alice", "a-1", "bob")
                        .doesNotContain("王小明", "call the buyer", "leave at the door", "Green tea");
        assertThat(snapshot.getType().getRevision()).isEqualTo(OrderSnapshots.REVISION);
        assertThat(new String(serializer.serialize(restored, byte[].class).getData(), StandardCharsets.UTF_8))
                .isEqualTo(json);

        // Members answer commands with the restored state and reach their order again.
        EventSourcedAggregate<Order> aggregate =
                EventSourcedAggregate.initialize(restored, MODEL, SimpleEventBus.builder().build(), NO_TRIGGER);
        assertThatThrownBy(() -> handle(aggregate, new AddInternalNote("o-1", null, by("bob", "w-1"), "n-1", "again")))
                .isInstanceOf(OrderRuleViolation.class).hasMessageContaining("n-1 already exists");
        assertThatThrownBy(() -> handle(aggregate, new AddInternalNote("o-1", null, by("bob", "w-2"), "n-2", "hi")))
                .isInstanceOf(OrderNotFound.class);
        assertThatThrownBy(() -> handle(aggregate, new RemoveAttachment("o-1", null, in("w-1"), "a-9")))
                .isInstanceOf(OrderRuleViolation.class).hasMessageContaining("a-9");
    }

    private static Order orderFrom(Object... events) {
        EventSourcedAggregate<Order> aggregate =
                EventSourcedAggregate.initialize(new Order(), MODEL, SimpleEventBus.builder().build(), NO_TRIGGER);
        AtomicLong sequence = new AtomicLong();
        aggregate.initializeState(DomainEventStream.of(Stream.of(events).map(
                event -> new GenericDomainEventMessage<>("Order", "o-1", sequence.getAndIncrement(), event))));
        return aggregate.getAggregateRoot();
    }

    private static void handle(EventSourcedAggregate<Order> aggregate, Object command) throws Exception {
        aggregate.handle(GenericCommandMessage.asCommandMessage(command));
    }
}
