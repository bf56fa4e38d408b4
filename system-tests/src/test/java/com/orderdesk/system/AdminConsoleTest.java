package com.orderdesk.system;

import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskPriority;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin's pages: a read model rebuilt with its progress shown; parked events seen with their cause,
 * retried and evicted with a reason; the pages closed to other roles.
 */
class AdminConsoleTest extends ConsoleTest {

    private static final String PROGRESS = "[data-testid=rebuild-progress-support-requests]";

    @Test
    void theAdminRebuildsAProjectionAndWatchesItsProgressToTheEnd() {
        Browser admin = PrivacyConsoleTest.signedIn(browser(), BothApps.ADMIN_USERNAME, BothApps.ADMIN_PASSWORD,
                                                    "/admin");
        admin.click("[data-testid=rebuild-support-requests]");
        admin.waitForText("[data-testid=rebuild-dialog]", "Rebuild support-requests?");
        Instant asked = Instant.now();
        admin.click("[data-testid=rebuild-confirm]");

        // This rebuild, not an earlier one of another test (whose "done" the page may still show for a moment).
        JsonNode rebuilt = supportRequests(awaitQuery(apps.queryUrl + "/api/admin/projections", accounts.adminToken(),
                                                      r -> thisRebuildFinished(supportRequests(r.json()), asked)).json());
        admin.waitFor(PROGRESS + " progress");
        admin.wait(driver -> "done".equals(admin.find(PROGRESS).getDomAttribute("data-state")));
        assertThat(admin.find(PROGRESS + " progress").getDomProperty("value")).isEqualTo("100");
        assertThat(admin.text(PROGRESS)).contains("Done");
        PrivacyConsoleTest.assertAccessible(admin);
        admin.screenshot("admin-rebuild-done");

        assertThat(rebuilt.hasNonNull("rebuildFinishedAt")).as("the API agrees the rebuild finished").isTrue();
        admin.assertNoConsoleErrors();
    }

    private static JsonNode supportRequests(JsonNode projections) {
        for (JsonNode projection : projections) {
            if (projection.get("projection").asString().equals("support-requests")) {
                return projection;
            }
        }
        throw new AssertionError("no projection support-requests in " + projections);
    }

    private static boolean thisRebuildFinished(JsonNode projection, Instant asked) {
        return projection.hasNonNull("rebuildStartedAt") && projection.hasNonNull("rebuildFinishedAt")
               && !Instant.parse(projection.get("rebuildStartedAt").asString()).isBefore(asked.minusSeconds(1));
    }

    @Test
    void theAdminSeesWhyATaskIsParkedRetriesItAndEvictsItWithAReason() {
        Accounts.Member owner = accounts.newOwner();
        String poisonId = UUID.randomUUID().toString();
        // An event no fix can make the board store (a title over its 200 characters, from a faulty older version).
        apps.commandSide.getBean(EventStore.class).publish(new GenericDomainEventMessage<>(
                "Task", poisonId, 0, new TaskCreated(poisonId, owner.workspaceId(), owner.accountId(), "x".repeat(300),
                                                     null, null, TaskPriority.NORMAL, null, List.of(), List.of())));
        Browser admin = PrivacyConsoleTest.signedIn(browser(), BothApps.ADMIN_USERNAME, BothApps.ADMIN_PASSWORD,
                                                    "/admin");
        String card = "[data-testid=parked-sequence][data-sequence='" + poisonId + "']";
        awaitQuery(apps.queryUrl + "/api/admin/dead-letters/task-board?limit=100", accounts.adminToken(),
                   r -> r.body().contains(poisonId));
        admin.go("/admin");
        admin.click("[data-testid=parked-events] a");
        admin.click("[data-testid=show-task-board]");
        assertThat(admin.text(card + " [data-testid=cause]")).contains("value too long");
        assertThat(admin.text(card + " h3")).contains("Task").contains(poisonId);

        admin.click(card + " [data-testid=retry]");
        admin.waitForText(card + " [data-testid=retry-outcome]", "still failing");

        admin.click(card + " [data-testid=evict]");
        admin.waitFor("[data-testid=evict-dialog] [data-testid=evict-reason]");
        PrivacyConsoleTest.assertAccessible(admin);
        admin.screenshot("admin-evict-parked-task");
        admin.type("[data-testid=evict-reason]", "Created by the 2025 importer bug; the merchant re-created it");
        admin.click("[data-testid=evict-confirm]");
        admin.waitForText("[data-testid=evictions]", "Created by the 2025 importer bug");
        admin.waitUntilGone(card);
        assertThat(admin.text("[data-testid=evictions]")).contains(poisonId);
        PrivacyConsoleTest.assertAccessible(admin);
        admin.screenshot("admin-parked-events-after-eviction");
        admin.assertNoConsoleErrors();
    }

    @Test
    void aCollaboratorCannotReachTheAdminPageNorItsApi() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser browser = PrivacyConsoleTest.signedIn(browser(), collaborator.username(), Accounts.PASSWORD, "/admin");

        browser.waitForText("h1", "Not available for your role");
        assertThat(browser.text(".main-nav")).doesNotContain("Administration");
        assertThat(browser.findAll("[data-testid=projections]")).isEmpty();
        Object status = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/admin/projections', { credentials: 'same-origin' })
                  .then(response => done(response.status)).catch(() => done(0));""");
        assertThat(((Number) status).intValue()).as("the edge passes the query side's refusal on").isEqualTo(403);
        browser.screenshot("admin-not-for-collaborators");
        browser.assertNoConsoleErrors(
                "/api/admin/projections - Failed to load resource: the server responded with a status of 403");
    }
}
