package com.orderdesk.system;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform admin's page: a read model rebuilt with its progress shown; the page closed to other roles. */
class AdminConsoleTest extends ConsoleTest {

    private static final String PROGRESS = "[data-testid=rebuild-progress-support-requests]";

    @Test
    void theAdminRebuildsAProjectionAndWatchesItsProgressToTheEnd() {
        Browser admin = PrivacyConsoleTest.signedIn(browser(), BothApps.ADMIN_USERNAME, BothApps.ADMIN_PASSWORD,
                                                    "/admin");
        admin.click("[data-testid=rebuild-support-requests]");
        admin.waitForText("[data-testid=rebuild-dialog]", "Rebuild support-requests?");
        admin.click("[data-testid=rebuild-confirm]");

        admin.waitFor(PROGRESS + " progress");
        admin.wait(driver -> "done".equals(admin.find(PROGRESS).getDomAttribute("data-state")));
        assertThat(admin.find(PROGRESS + " progress").getDomProperty("value")).isEqualTo("100");
        assertThat(admin.text(PROGRESS)).contains("Done");
        PrivacyConsoleTest.assertAccessible(admin);
        admin.screenshot("admin-rebuild-done");

        JsonNode rebuilt = null;
        for (JsonNode projection : Http.get(apps.queryUrl + "/api/admin/projections", accounts.adminToken()).json()) {
            if (projection.get("projection").asString().equals("support-requests")) {
                rebuilt = projection;
            }
        }
        assertThat(rebuilt).isNotNull();
        assertThat(rebuilt.hasNonNull("rebuildFinishedAt")).as("the API agrees the rebuild finished").isTrue();
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
