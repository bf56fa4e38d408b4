package com.orderdesk.command.order;

import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.InternalNoteDeleted;
import com.orderdesk.events.order.InternalNoteEdited;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The team's internal notes on an order: anyone may write one; only its author may edit or delete it. */
@SnapshotState
class InternalNotes {

    static final int MAX_LENGTH = 4000;

    @JsonBackReference("notes")
    private Order order;
    private Map<String, String> authorByNoteId = new HashMap<>(); // not final: snapshots set it

    @JsonCreator // for snapshots; Jackson sets the order back
    private InternalNotes() {
    }

    InternalNotes(Order order) {
        this.order = order;
    }

    @CommandHandler
    long handle(AddInternalNote command) {
        order.requireCurrent(command.actor().workspaceId(), command.expectedVersion());
        requireText(command.text());
        if (authorByNoteId.containsKey(command.noteId())) {
            throw new OrderRuleViolation("Note " + command.noteId() + " already exists");
        }
        apply(new InternalNoteAdded(command.orderId(), command.actor().workspaceId(), command.noteId(),
                                    command.actor().accountId(), command.text()));
        return getVersion();
    }

    @CommandHandler
    long handle(EditInternalNote command) {
        order.requireCurrent(command.actor().workspaceId(), command.expectedVersion());
        requireAuthor(command.noteId(), command.actor().accountId());
        requireText(command.text());
        apply(new InternalNoteEdited(command.orderId(), command.actor().workspaceId(), command.noteId(),
                                     command.text()));
        return getVersion();
    }

    @CommandHandler
    long handle(DeleteInternalNote command) {
        order.requireCurrent(command.actor().workspaceId(), command.expectedVersion());
        requireAuthor(command.noteId(), command.actor().accountId());
        apply(new InternalNoteDeleted(command.orderId(), command.actor().workspaceId(), command.noteId()));
        return getVersion();
    }

    private void requireAuthor(String noteId, String editorId) {
        String author = authorByNoteId.get(noteId);
        if (author == null) {
            throw new OrderRuleViolation("The order has no note " + noteId);
        }
        if (!author.equals(editorId)) {
            throw new OrderChangeForbidden("Only the author of a note may change or delete it");
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new OrderRuleViolation("A note has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @EventSourcingHandler
    void on(InternalNoteAdded event) {
        authorByNoteId.put(event.noteId(), event.authorId());
    }

    @EventSourcingHandler
    void on(InternalNoteDeleted event) {
        authorByNoteId.remove(event.noteId());
    }
}
