package com.orderdesk.command.account;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.events.account.WorkspaceOpened;
import com.orderdesk.events.account.WorkspaceTimeZoneChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** A merchant's workspace: the boundary every piece of business data belongs to, and its settings. */
@Aggregate
public class Workspace {

    @AggregateIdentifier
    private String workspaceId;
    private String ownerAccountId;
    private String timeZone;

    protected Workspace() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Workspace(OpenWorkspace command) {
        apply(new WorkspaceOpened(command.workspaceId(), command.name(), command.ownerAccountId()));
    }

    /** Answers the new version (the ETag); setting the zone it already has changes nothing. */
    @CommandHandler
    long handle(ChangeWorkspaceTimeZone command) {
        ExpectedVersion.require(workspaceId, command.expectedVersion(), getVersion());
        if (!Objects.equals(ownerAccountId, command.actorAccountId())) {
            throw new WorkspaceChangeForbidden("Only the workspace's owner changes its time zone");
        }
        if (!TimeZones.isIanaId(command.timeZone())) {
            throw new AccountRuleViolation("Unknown time zone: use an IANA id such as Asia/Shanghai");
        }
        if (!command.timeZone().equals(timeZone)) {
            apply(new WorkspaceTimeZoneChanged(workspaceId, timeZone, command.timeZone()));
        }
        return getVersion();
    }

    @EventSourcingHandler
    void on(WorkspaceOpened event) {
        workspaceId = event.workspaceId();
        ownerAccountId = event.ownerAccountId();
    }

    @EventSourcingHandler
    void on(WorkspaceTimeZoneChanged event) {
        timeZone = event.timeZone();
    }
}
