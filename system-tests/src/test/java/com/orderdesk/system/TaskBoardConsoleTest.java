package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task board and the task page in the console: an owner and a collaborator at two browsers, each seeing the
 * other's work live; a task created in the console, an @mention picked from the suggestions, moves by the
 * keyboard alternative and by drag and drop; the board on a phone.
 */
class TaskBoardConsoleTest extends ConsoleTest {

    @Test
    void ownerCreatesAndMentionsCollaboratorMovesByKeyboardAndByDragAndDropBothSeeItLive() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser ownerAt = signedIn(browser(), owner, "/tasks");
        Browser collaboratorAt = signedIn(browser(), collaborator, "/tasks");
        awaitLiveBoard(collaboratorAt);

        // The owner creates a task in the console, assigned to the collaborator.
        ownerAt.click("[data-testid=new-task]");
        ownerAt.type("[data-testid=new-task-title]", "Gift-wrap the tea order");
        ownerAt.type("[data-testid=new-task-description]", "Two tins, red paper");
        ownerAt.select("[data-testid=new-task-priority]", "HIGH");
        ownerAt.type("[data-testid=new-task-labels]", "packing, gift");
        ownerAt.click("[data-testid=new-task-assignee][value='" + collaborator.accountId() + "']");
        ownerAt.click("[data-testid=new-task-submit]");
        String taskId = ownerAt.waitFor("[data-testid=created-task-link]").getDomAttribute("href")
                               .replace("/tasks/", "");

        // The collaborator's board shows it without a reload.
        String card = "[data-testid=card][data-task-id='" + taskId + "']";
        collaboratorAt.waitFor("[data-testid=column][data-status=TODO] " + card);
        assertThat(collaboratorAt.text(card)).contains("Gift-wrap the tea order", "High", "packing", "gift",
                                                       "Member " + collaborator.username());

        // The owner comments, choosing the collaborator from the @mention suggestions with the keyboard.
        ownerAt.click("[data-testid=created-task-link]");
        ownerAt.waitForText("h1", "Gift-wrap the tea order");
        ownerAt.type("[data-testid=comment-text]", "Please wrap it @" + collaborator.username().substring(0, 5));
        ownerAt.waitForText("[data-testid=mention-option]", "@" + collaborator.username());
        assertThat(ownerAt.find("[data-testid=comment-text]").getDomAttribute("aria-expanded")).isEqualTo("true");
        ownerAt.press("[data-testid=comment-text]", Keys.ARROW_DOWN);
        ownerAt.press("[data-testid=comment-text]", Keys.ENTER);
        assertThat(ownerAt.script("return document.querySelector('[data-testid=comment-text]').value"))
                .isEqualTo("Please wrap it @" + collaborator.username() + " ");
        ownerAt.press("[data-testid=comment-text]", "today");
        ownerAt.click("[data-testid=comment-submit]");
        ownerAt.waitForText("[data-testid=comment]", "@" + collaborator.username() + " today");
        ownerAt.screenshot("task-detail-mention");
        ownerAt.assertAccessible();
        JsonNode detail = Http.get(apps.queryUrl + "/api/tasks/" + taskId, owner.token()).json();
        assertThat(detail.get("comments").get(0).get("text").asString())
                .isEqualTo("Please wrap it @" + collaborator.username() + " today");
        assertThat(detail.get("activity").toString()).contains("mentioning " + collaborator.accountId());

        // The collaborator moves it TODO → IN_PROGRESS with the keyboard alternative; the owner's board follows.
        ownerAt.go("/tasks");
        awaitLiveBoard(ownerAt);
        collaboratorAt.select(card + " [data-testid=move-select]", "IN_PROGRESS");
        collaboratorAt.press(card + " [data-testid=move-button]", Keys.ENTER);
        collaboratorAt.waitFor("[data-testid=column][data-status=IN_PROGRESS] " + card);
        ownerAt.waitFor("[data-testid=column][data-status=IN_PROGRESS] " + card);
        awaitStatus(owner, taskId, "IN_PROGRESS");

        // Another card by drag and drop. Selenium's Actions.dragAndDrop moves the mouse but Chromium fires no
        // HTML5 drag events for it (dragstart/dragover/drop never reach the page), so the test dispatches the
        // browser's own DragEvent sequence with a real DataTransfer, as a drag with a mouse does.
        String secondId = createTask(owner, "Restock the gift boxes", collaborator.accountId());
        String second = "[data-testid=card][data-task-id='" + secondId + "']";
        collaboratorAt.waitFor("[data-testid=column][data-status=TODO] " + second);
        collaboratorAt.script("""
                const card = document.querySelector(arguments[0]);
                window.dragData = new DataTransfer();
                const init = { bubbles: true, cancelable: true, dataTransfer: window.dragData };
                card.dispatchEvent(new DragEvent('dragstart', init));
                """, second);
        collaboratorAt.waitFor("[data-testid=column][data-status=IN_PROGRESS].drop-target");
        List<String> targets = collaboratorAt.findAll(".column.drop-target").stream()
                                             .map(column -> column.getDomAttribute("data-status")).toList();
        assertThat(targets).as("only the legal columns are offered")
                           .containsExactlyInAnyOrder("IN_PROGRESS", "BLOCKED");
        collaboratorAt.screenshot("task-board-dragging");
        collaboratorAt.script("""
                const card = document.querySelector(arguments[0]);
                const column = document.querySelector('[data-testid=column][data-status=IN_PROGRESS]');
                const init = { bubbles: true, cancelable: true, dataTransfer: window.dragData };
                column.dispatchEvent(new DragEvent('dragenter', init));
                column.dispatchEvent(new DragEvent('dragover', init));
                column.dispatchEvent(new DragEvent('drop', init));
                card.dispatchEvent(new DragEvent('dragend', init));
                """, second);
        collaboratorAt.waitFor("[data-testid=column][data-status=IN_PROGRESS] " + second);
        ownerAt.waitFor("[data-testid=column][data-status=IN_PROGRESS] " + second);
        awaitStatus(owner, secondId, "IN_PROGRESS");
        ownerAt.waitForText("[data-testid=column][data-status=IN_PROGRESS] [data-testid=column-count]", "2");
        assertThat(ownerAt.text("[data-testid=column][data-status=TODO] [data-testid=column-count]")).isEqualTo("0");
        ownerAt.screenshot("task-board-owner");
        ownerAt.assertAccessible();

        // Filters live in the address: the label narrows the board, counts included.
        ownerAt.go("/tasks?label=gift");
        ownerAt.waitForText("[data-testid=column][data-status=IN_PROGRESS] [data-testid=column-count]", "1");
        assertThat(ownerAt.findAll("[data-testid=card]")).hasSize(1);
        assertThat(ownerAt.text("[data-testid=card]")).contains("Gift-wrap the tea order");

        ownerAt.assertNoConsoleErrors();
        collaboratorAt.assertNoConsoleErrors();
    }

    @Test
    void onAPhoneTheColumnsScrollSidewaysAndACardMovesWithTheKeyboardAlternative() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String taskId = createTask(owner, "Call the courier", collaborator.accountId());
        Browser phone = signedIn(phone(), collaborator, "/tasks");

        String card = "[data-testid=card][data-task-id='" + taskId + "']";
        phone.waitFor("[data-testid=column][data-status=TODO] " + card);
        assertThat(phone.findAll("[data-testid=column]")).hasSize(5);
        assertThat(phone.script("const strip = document.querySelector('[data-testid=board]');"
                                + "return strip.scrollWidth > strip.clientWidth"))
                .as("the columns scroll sideways").isEqualTo(true);
        assertThat(phone.waitFor(".column-jump").isDisplayed()).isTrue();

        phone.select(card + " [data-testid=move-select]", "BLOCKED");
        phone.type(card + " [data-testid=block-reason]", "Courier closed today");
        phone.press(card + " [data-testid=block-reason]", Keys.ENTER);
        phone.waitFor("[data-testid=column][data-status=BLOCKED] " + card);
        phone.click(".column-jump button:nth-child(3)");
        phone.screenshot("task-board-phone");
        phone.assertAccessible();
        assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("only the board scrolls sideways, not the page").isEqualTo(true);
        awaitStatus(owner, taskId, "BLOCKED");
        JsonNode detail = Http.get(apps.queryUrl + "/api/tasks/" + taskId, owner.token()).json();
        assertThat(detail.get("blockedReason").asString()).isEqualTo("Courier closed today");
        phone.assertNoConsoleErrors();
    }

    @Test
    void aStaleEditSaysWhatChangedAndNeverOverwritesAndACollaboratorsRefusalIsSaidPlainly() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Http.Response created = Http.postJson(apps.commandUrl + "/api/tasks",
                                              "{\"title\":\"Count the stock\",\"priority\":\"LOW\"}", owner.token());
        String taskId = created.json().get("taskId").asString();

        // A collaborator may not move a task they neither created nor are assigned to: the server says so.
        Browser collaboratorAt = signedIn(browser(), collaborator, "/tasks");
        String card = "[data-testid=card][data-task-id='" + taskId + "']";
        collaboratorAt.select(card + " [data-testid=move-select]", "IN_PROGRESS");
        collaboratorAt.press(card + " [data-testid=move-button]", Keys.ENTER);
        assertThat(collaboratorAt.text("[data-testid=move-problem]"))
                .contains("“Count the stock” could not be moved", "only its creator, its assignees and the owner");
        assertThat(collaboratorAt.findAll("[data-testid=column][data-status=TODO] " + card)).hasSize(1);
        collaboratorAt.assertNoConsoleErrors("the server responded with a status of 403");

        // The owner edits the title while someone else changes it: the save is refused and the page says what
        // changed; after "Reload" the draft is still there and saving it works.
        Browser ownerAt = signedIn(browser(), owner, "/tasks/" + taskId);
        ownerAt.waitForText("h1", "Count the stock");
        ownerAt.click("[data-testid=edit-details]");
        ownerAt.type("[data-testid=edit-title]", "Count the stock twice");
        Http.Response elsewhere = Http.send("PUT", apps.commandUrl + "/api/tasks/" + taskId + "/details",
                                            "{\"title\":\"Count the shelf stock\"}", owner.token(),
                                            java.util.Map.of("If-Match", "\"0\""));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
        ownerAt.click("[data-testid=save-details]");
        assertThat(ownerAt.text("[data-testid=stale]"))
                .contains("Someone else changed this task", "Title", "Count the stock", "Count the shelf stock",
                          "Owner " + owner.username());
        assertThat(Http.get(apps.queryUrl + "/api/tasks/" + taskId, owner.token()).json().get("card").get("title")
                       .asString()).as("nothing overwritten").isEqualTo("Count the shelf stock");
        ownerAt.screenshot("task-detail-stale");
        ownerAt.click("[data-testid=stale-reload]");
        assertThat(ownerAt.find("[data-testid=edit-title]").getDomProperty("value")).isEqualTo("Count the stock twice");
        ownerAt.click("[data-testid=save-details]");
        ownerAt.waitForText("h1", "Count the stock twice");
        awaitQuery(apps.queryUrl + "/api/tasks/" + taskId, owner.token(),
                   answer -> "Count the stock twice".equals(answer.json().get("card").get("title").asString()));
        ownerAt.assertNoConsoleErrors("the server responded with a status of 412");
    }

    @Test
    void theTaskPageChangesEachAspectAndTheApiAgrees() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String taskId = createTask(owner, "Label the parcels", collaborator.accountId());
        Browser ownerAt = signedIn(browser(), owner, "/tasks/" + taskId);
        ownerAt.waitForText("h1", "Label the parcels");
        String url = apps.queryUrl + "/api/tasks/" + taskId;

        ownerAt.select("[data-testid=priority]", "URGENT");
        ownerAt.click("form:has([data-testid=priority]) button[type=submit]");
        ownerAt.waitForText("#announcements", "Saved.");
        ownerAt.type("[data-testid=labels]", "post, fragile");
        ownerAt.click("form:has([data-testid=labels]) button[type=submit]");
        ownerAt.type("[data-testid=new-item]", "Print labels");
        ownerAt.press("[data-testid=new-item]", Keys.ENTER);
        ownerAt.waitForText("[data-testid=checklist]", "Print labels");
        ownerAt.click("[data-testid=checklist] input[type=checkbox]");
        ownerAt.waitForText("[data-testid=checklist-count]", "1/1 done");
        ownerAt.click("[data-testid=add-assignee] option[value='" + owner.accountId() + "']");
        ownerAt.click("form:has([data-testid=add-assignee]) button[type=submit]");
        ownerAt.waitForText("[data-testid=assignees]", "Owner " + owner.username());
        ownerAt.click("[data-testid=watch]");
        ownerAt.waitForText("[data-testid=watch]", "Watch");
        ownerAt.type("[data-testid=comment-text]", "First try");
        ownerAt.click("[data-testid=comment-submit]");
        ownerAt.waitForText("[data-testid=comment]", "First try");
        ownerAt.click("[data-testid=edit-comment-button]");
        ownerAt.type("[data-testid=edit-comment]", "Second try");
        ownerAt.click("form:has([data-testid=edit-comment]) button[type=submit]");
        ownerAt.waitForText("[data-testid=comment]", "Second try");
        ownerAt.screenshot("task-detail-worked");
        ownerAt.assertAccessible();

        JsonNode task = awaitQuery(url, owner.token(), answer -> answer.json().get("comments").size() == 1
                && answer.json().get("comments").get(0).get("text").asString().equals("Second try")).json();
        assertThat(task.get("card").get("priority").asString()).isEqualTo("URGENT");
        assertThat(task.get("card").get("labels").toString()).isEqualTo("[\"post\",\"fragile\"]");
        assertThat(task.get("checklist").get(0).get("done").asBoolean()).isTrue();
        assertThat(task.get("card").get("assignees").toString()).contains(owner.accountId(), collaborator.accountId());
        assertThat(task.get("watchers").toString()).as("the owner stopped watching").doesNotContain(owner.accountId());
        assertThat(task.get("comments").get(0).get("editedAt").isNull()).isFalse();
        ownerAt.assertNoConsoleErrors();
    }

    @Test
    void anAuditorReadsTheBoardAndATaskWithoutWaysToChangeThem() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String taskId = createTask(owner, "Reconcile the till", owner.accountId());
        Browser auditorAt = signedIn(browser(), auditor, "/tasks");

        String card = "[data-testid=card][data-task-id='" + taskId + "']";
        auditorAt.waitFor("[data-testid=column][data-status=TODO] " + card);
        assertThat(auditorAt.findAll("[data-testid=new-task]")).isEmpty();
        assertThat(auditorAt.findAll(card + " [data-testid=move-form]")).isEmpty();
        assertThat(auditorAt.find(card).getDomAttribute("draggable")).isEqualTo("false");
        auditorAt.assertAccessible();

        auditorAt.click(card + " [data-testid=card-title]");
        auditorAt.waitForText("main", "Auditors read tasks; they do not change them.");
        assertThat(auditorAt.findAll("[data-testid=move-form], [data-testid=edit-details], [data-testid=comment-form]"))
                .isEmpty();
        auditorAt.screenshot("task-detail-auditor");
        auditorAt.assertAccessible();
        auditorAt.assertNoConsoleErrors();
    }

    static Browser signedIn(Browser browser, Accounts.Member member, String path) {
        return browser.signInTo(path, member.username(), Accounts.PASSWORD);
    }

    private static void awaitLiveBoard(Browser browser) {
        browser.waitFor("[data-testid=board]");
        browser.waitForText("[data-testid=live-state]", "Live");
    }

    private static String createTask(Accounts.Member owner, String title, String assigneeId) {
        Http.Response created = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"%s","assigneeIds":["%s"]}""".formatted(title, assigneeId), owner.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("taskId").asString();
    }

    private static void awaitStatus(Accounts.Member owner, String taskId, String status) {
        awaitQuery(apps.queryUrl + "/api/tasks/" + taskId, owner.token(),
                   answer -> answer.status() == 200
                             && status.equals(answer.json().get("card").get("status").asString()));
    }
}
