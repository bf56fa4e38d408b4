package com.orderdesk.command.account;

import com.orderdesk.events.account.WorkspaceOpened;
import com.orderdesk.events.account.WorkspaceTimeZoneChanged;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a workspace's settings: only its owner sets the time zone, an IANA id, at the version read. */
class WorkspaceTest {

    private static final WorkspaceOpened OPENED = new WorkspaceOpened("w-1", "Tea House", "owner-1");

    private AggregateTestFixture<Workspace> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workspace.class);
    }

    @Test
    void ownerCanSetTheTimeZone() {
        fixture.given(OPENED)
               .when(new ChangeWorkspaceTimeZone("w-1", 0L, "owner-1", "Asia/Shanghai"))
               .expectEvents(new WorkspaceTimeZoneChanged("w-1", null, "Asia/Shanghai"))
               .expectResultMessagePayload(1L);
    }

    @Test
    void changingTheZoneRecordsThePreviousOne() {
        fixture.given(OPENED, new WorkspaceTimeZoneChanged("w-1", null, "Asia/Shanghai"))
               .when(new ChangeWorkspaceTimeZone("w-1", 1L, "owner-1", "Europe/Berlin"))
               .expectEvents(new WorkspaceTimeZoneChanged("w-1", "Asia/Shanghai", "Europe/Berlin"));
    }

    @Test
    void settingTheSameZoneAgainChangesNothing() {
        fixture.given(OPENED, new WorkspaceTimeZoneChanged("w-1", null, "Asia/Shanghai"))
               .when(new ChangeWorkspaceTimeZone("w-1", 1L, "owner-1", "Asia/Shanghai"))
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void cannotSetTheZoneOfSomeoneElsesWorkspace() {
        fixture.given(OPENED)
               .when(new ChangeWorkspaceTimeZone("w-1", 0L, "collaborator-1", "Asia/Shanghai"))
               .expectException(WorkspaceChangeForbidden.class)
               .expectNoEvents();
    }

    @Test
    void cannotSetAnUnknownZoneOrABareOffset() {
        fixture.given(OPENED)
               .when(new ChangeWorkspaceTimeZone("w-1", 0L, "owner-1", "Mars/Olympus_Mons"))
               .expectException(AccountRuleViolation.class)
               .expectNoEvents();
        fixture.given(OPENED)
               .when(new ChangeWorkspaceTimeZone("w-1", 0L, "owner-1", "+08:00"))
               .expectException(AccountRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void cannotSetTheZoneFromAStaleVersion() {
        fixture.given(OPENED, new WorkspaceTimeZoneChanged("w-1", null, "Asia/Shanghai"))
               .when(new ChangeWorkspaceTimeZone("w-1", 0L, "owner-1", "Europe/Berlin"))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
