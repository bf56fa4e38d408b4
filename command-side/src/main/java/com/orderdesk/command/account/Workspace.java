package com.orderdesk.command.account;

import com.orderdesk.events.account.WorkspaceOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A merchant's workspace: the boundary every piece of business data belongs to. */
@Aggregate
public class Workspace {

    @AggregateIdentifier
    private String workspaceId;

    protected Workspace() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Workspace(OpenWorkspace command) {
        apply(new WorkspaceOpened(command.workspaceId(), command.name(), command.ownerAccountId()));
    }

    @EventSourcingHandler
    void on(WorkspaceOpened event) {
        workspaceId = event.workspaceId();
    }
}
