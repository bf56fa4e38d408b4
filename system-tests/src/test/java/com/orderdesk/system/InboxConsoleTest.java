package com.orderdesk.system;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.orderdesk.system.TaskBoardConsoleTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox in the console: the header's unread badge and the inbox list follow the owner's work on the API
 * live, without a reload; marking one and marking all read; the inbox on a phone.
 */
class InboxConsoleTest extends ConsoleTest {

    private static final String UNREAD = "[data-testid=notification][data-read=false]";

    @Test
    void theBadgeAndTheInboxFollowAssignmentsAndMentionsLiveAndReadingClearsThem() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser browser = signedIn(browser(), collaborator, "/tasks");
        browser.waitForText("[data-testid=live-state]", "Live");
        // Signing in from this new browser told the collaborator of a new device; read it, to start from none.
        browser.waitForText("[data-testid=unread-badge]", "1");
        assertThat(Http.postJson(apps.queryUrl + "/api/notifications/read-all", "", collaborator.token()).status())
                .isEqualTo(200);
        browser.waitUntilGone("[data-testid=unread-badge]");
        assertThat(browser.findAll("[data-testid=unread-badge]")).as("nothing unread yet").isEmpty();

        String taskId = createTask(owner, "Check the invoice", collaborator.accountId());
        assertThat(browser.waitFor("[data-testid=unread-badge]").getText()).isEqualTo("1");

        browser.click("[data-testid=inbox-link]");
        browser.waitForText("h1", "Inbox");
        String assigned = "[data-testid=notification][data-kind=ASSIGNED]";
        assertThat(browser.waitForText(assigned, "Check the invoice").getText())
                .contains("Owner " + owner.username() + " assigned you to Check the invoice", "new");
        assertThat(browser.find(assigned).getDomAttribute("data-read")).isEqualTo("false");
        assertThat(browser.find(assigned + " a").getDomAttribute("href")).isEqualTo("/tasks/" + taskId);
        assertThat(browser.find(assigned + " time").getDomAttribute("title")).isNotBlank();
        assertThat(browser.text("[data-testid=inbox-unread]")).isEqualTo("1 unread");
        browser.screenshot("inbox-unread");
        browser.assertAccessible();

        browser.click(assigned + " [data-testid=mark-read]");
        browser.waitUntilGone("[data-testid=unread-badge]");
        browser.waitFor(assigned + "[data-read=true]");
        assertThat(browser.findAll(assigned + " [data-testid=new-badge]")).isEmpty();

        // A mention in a comment arrives at the top, live; then another assignment; "Mark all read" clears both.
        String comment = "{\"text\":\"@%s the total looks wrong\"}".formatted(collaborator.username());
        Http.Response commented = Http.postJson(apps.commandUrl + "/api/tasks/" + taskId + "/comments", comment,
                                                owner.token());
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        String mentioned = "[data-testid=notification][data-kind=MENTIONED]";
        browser.waitForText(mentioned, "mentioned you in Check the invoice");
        assertThat(browser.find(mentioned).getDomAttribute("data-read")).isEqualTo("false");
        assertThat(browser.find("[data-testid=notification]:first-child").getDomAttribute("data-kind"))
                .isEqualTo("MENTIONED");
        assertThat(browser.waitFor("[data-testid=unread-badge]").getText()).isEqualTo("1");
        createTask(owner, "Reply to the buyer", collaborator.accountId());
        browser.waitForText("[data-testid=notification]", "Reply to the buyer");
        browser.waitForText("[data-testid=unread-badge]", "2");
        assertThat(browser.text("[data-testid=inbox-unread]")).isEqualTo("2 unread");

        browser.click("[data-testid=mark-all-read]");
        browser.waitUntilGone("[data-testid=unread-badge]");
        browser.waitForText("[data-testid=inbox-unread]", "Everything is read");
        assertThat(browser.findAll("[data-testid=new-badge]")).isEmpty();
        assertThat(browser.findAll(UNREAD)).isEmpty();
        assertThat(browser.findAll("[data-testid=notification]")).as("the new-device notice and the three news")
                                                                  .hasSize(4);
        assertThat(Http.get(apps.queryUrl + "/api/notifications/unread-count", collaborator.token()).json()
                       .get("unread").asLong()).isZero();
        browser.screenshot("inbox-all-read");
        browser.assertNoConsoleErrors();
    }

    @Test
    void onAPhoneTheInboxListsAndMarksRead() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser phone = signedIn(phone(), collaborator, "/inbox");
        // Signing in from this new browser told the collaborator of a new device; read it, to start from none.
        phone.waitForText("[data-testid=notification][data-kind=ABNORMAL_LOGIN]", "new place");
        Http.postJson(apps.queryUrl + "/api/notifications/read-all", "", collaborator.token());
        phone.waitForText("[data-testid=inbox-unread]", "Everything is read");

        String taskId = createTask(owner, "Sort the returns shelf", collaborator.accountId());
        Http.Response due = Http.send("PUT", apps.commandUrl + "/api/tasks/" + taskId + "/due-date",
                                      "{\"dueAt\":\"2030-01-15T10:00:00Z\"}", owner.token(),
                                      Map.of("If-Match", "\"0\""));
        assertThat(due.status()).as(due.body()).isEqualTo(200);
        phone.waitForText("[data-testid=notification][data-kind=TASK_DUE_DATE_CHANGED]", "Due ");
        phone.waitForText("[data-testid=notification][data-kind=ASSIGNED]", "Sort the returns shelf");
        assertThat(phone.text("[data-testid=inbox-unread]")).isEqualTo("2 unread");
        assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isEqualTo(true);
        phone.screenshot("inbox-phone");
        phone.assertAccessible();

        phone.click("[data-testid=notification][data-kind=ASSIGNED] [data-testid=mark-read]");
        phone.waitForText("[data-testid=unread-badge]", "1");
        phone.waitForText("[data-testid=inbox-unread]", "1 unread");
        phone.click("[data-testid=mark-all-read]");
        phone.waitUntilGone("[data-testid=unread-badge]");
        phone.assertNoConsoleErrors();
    }

    private static String createTask(Accounts.Member owner, String title, String assigneeId) {
        Http.Response created = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"%s","assigneeIds":["%s"]}""".formatted(title, assigneeId), owner.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("taskId").asString();
    }
}
