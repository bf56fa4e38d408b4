package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order detail page: the whole lifecycle offered move by move, notes edited by their author only,
 * attachments uploaded and downloaded through the console, and a stale edit met with the conflict panel.
 */
class OrderDetailConsoleTest extends ConsoleTest {

    @Test
    void anOwnerMovesAnOrderThroughItsLifeAndIsOfferedOnlyTheLegalMovesEachTime() {
        Accounts.Member owner = accounts.newOwner();
        String orderId = recordOrder(owner, "DETAIL-LIFE-" + Accounts.unique());
        Browser browser = openAs(owner, "/orders/" + orderId);

        browser.waitFor("[data-testid=order-status][data-status=RECORDED]");
        assertThat(browser.text("[data-testid=lines-total]")).contains("177.00");
        assertThat(browser.text("[data-testid=customer]")).contains("王小明", "杭州", "请尽快发货");
        assertThat(offeredMoves(browser)).containsExactly("CONFIRMED", "CANCELLED");

        browser.type("[data-testid=tag-input]", "gift").click("[data-testid=tag-add]");
        browser.waitForText("[data-testid=tags]", "gift");
        browser.click("button[aria-label='Remove tag vip']");
        browser.wait(driver -> browser.findAll("button[aria-label='Remove tag vip']").isEmpty());
        browser.click("[data-testid=follow-button]");
        browser.waitForText("[data-testid=follow-button]", "Unfollow");
        JsonNode tagged = Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=3", owner.token()).json();
        assertThat(tagged.get("tags").toString()).isEqualTo("[\"gift\"]");
        assertThat(tagged.get("followerIds").toString()).contains(owner.accountId());

        move(browser, "CONFIRMED");
        assertThat(offeredMoves(browser)).containsExactly("IN_FULFILLMENT", "CANCELLED");
        move(browser, "IN_FULFILLMENT");
        assertThat(offeredMoves(browser)).containsExactly("SHIPPED", "CANCELLED");

        browser.click("[data-testid=move-SHIPPED]");
        browser.type("[data-testid=move-carrier]", "SF Express").type("[data-testid=move-tracking]", "SF1234567890");
        browser.assertAccessible();
        browser.screenshot("order-detail-shipping-form");
        browser.click("[data-testid=move-submit]");
        browser.waitFor("[data-testid=order-status][data-status=SHIPPED]");
        assertThat(browser.text("[data-testid=shipment]")).contains("SF Express", "SF1234567890");
        assertThat(offeredMoves(browser)).containsExactly("DELIVERED", "AFTER_SALES");
        assertThat(browser.findAll("[data-testid=tag-input]")).as("tags are fixed once shipped").isEmpty();

        move(browser, "DELIVERED");
        assertThat(offeredMoves(browser)).containsExactly("COMPLETED", "AFTER_SALES");
        move(browser, "COMPLETED");
        assertThat(offeredMoves(browser)).containsExactly("AFTER_SALES");

        JsonNode detail = Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=8", owner.token()).json();
        assertThat(detail.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(detail.get("shipment").get("carrier").asString()).isEqualTo("SF Express");
        assertThat(detail.get("shipment").get("trackingNumber").asString()).isEqualTo("SF1234567890");

        browser.waitForText("[data-testid=timeline]", "DELIVERED → COMPLETED");
        assertThat(browser.text("[data-testid=timeline]"))
                .contains("RECORDED → CONFIRMED", "CONFIRMED → IN_FULFILLMENT",
                          "IN_FULFILLMENT → SHIPPED with SF Express SF1234567890", "SHIPPED → DELIVERED");
        assertThat(firstTimelineEvent(browser)).as("newest first").isEqualTo("OrderStatusChanged");
        browser.click("[data-testid=timeline-order-toggle]");
        browser.wait(driver -> "OrderRecorded".equals(firstTimelineEvent(browser)));
        assertThat(browser.find("[data-testid=audit-history-link]").getDomAttribute("href"))
                .isEqualTo("/audit/history/orders/" + orderId);
        browser.assertAccessible();
        browser.screenshot("order-detail-completed");
        browser.assertNoConsoleErrors();
    }

    @Test
    void notesAreAddedInTheBrowserAndOnlyTheirAuthorMayEditThem() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String orderId = recordOrder(owner, "DETAIL-NOTES-" + Accounts.unique());
        Browser ownerBrowser = openAs(owner, "/orders/" + orderId);

        ownerBrowser.type("[data-testid=new-note-text]", "Customer asked for gift wrap");
        ownerBrowser.click("[data-testid=note-add]");
        ownerBrowser.waitForText("[data-testid=note-text]", "Customer asked for gift wrap");
        assertThat(ownerBrowser.text("[data-testid=note-author]")).contains("(you)");
        assertThat(ownerBrowser.find("[data-testid=new-note-text]").getDomProperty("value")).as("the form is cleared")
                .isEmpty();

        ownerBrowser.click("[data-testid=note-edit]");
        ownerBrowser.type("[data-testid=edit-note-text]", "Gift wrap in red paper");
        ownerBrowser.click("[data-testid=note-save]");
        ownerBrowser.waitForText("[data-testid=note-text]", "Gift wrap in red paper");
        JsonNode notes = awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(),
                                    r -> !r.json().get("notes").get(0).get("editedAt").isNull()).json()
                .get("notes");
        assertThat(notes.get(0).get("text").asString()).isEqualTo("Gift wrap in red paper");
        assertThat(notes.get(0).get("authorId").asString()).isEqualTo(owner.accountId());

        Browser collaboratorBrowser = openAs(collaborator, "/orders/" + orderId);
        collaboratorBrowser.waitForText("[data-testid=note-text]", "Gift wrap in red paper");
        assertThat(collaboratorBrowser.findAll("[data-testid=note-edit]")).as("not their note").isEmpty();
        assertThat(collaboratorBrowser.findAll("[data-testid=note-delete]")).isEmpty();
        assertThat(collaboratorBrowser.text("[data-testid=note-author]")).contains("owner");

        collaboratorBrowser.type("[data-testid=new-note-text]", "Wrapping paper is out of stock");
        collaboratorBrowser.click("[data-testid=note-add]");
        collaboratorBrowser.waitForText("[data-testid=note-text]", "Wrapping paper is out of stock");
        assertThat(collaboratorBrowser.findAll("[data-testid=note-edit]")).as("only on their own note").hasSize(1);
        collaboratorBrowser.screenshot("order-detail-notes-collaborator");

        // The owner's page shows the collaborator's note live, by name, without an edit button.
        WebElement theirs = ownerBrowser.waitForText("[data-testid=note]", "Wrapping paper is out of stock");
        assertThat(theirs.getText()).contains("Member " + collaborator.username());
        assertThat(ownerBrowser.findAll("[data-testid=note-edit]")).hasSize(1);
        ownerBrowser.assertAccessible();
        ownerBrowser.screenshot("order-detail-notes-owner");
        ownerBrowser.assertNoConsoleErrors();
        collaboratorBrowser.assertNoConsoleErrors();
    }

    @Test
    void anAttachmentUploadedThroughThePageIsListedAndDownloadsTheSameBytes() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String orderId = recordOrder(owner, "DETAIL-FILES-" + Accounts.unique());
        byte[] content = "Delivery note\nTwo boxes of 西湖龙井, left at the door.\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.createTempFile("delivery-note-", ".txt");
        Files.write(file, content);
        Path refused = Files.createTempFile("setup-", ".exe");
        Files.write(refused, new byte[]{'M', 'Z', 0, 0});
        Browser browser = openAs(owner, "/orders/" + orderId);

        browser.waitFor("[data-testid=attachment-file]");
        browser.attach("[data-testid=attachment-file]", refused).click("[data-testid=attachment-upload]");
        assertThat(browser.text("[data-testid=attachments] [data-testid=problem]")).contains("cannot be attached");
        Path tooLarge = Files.createTempFile("scan-", ".txt");
        Files.write(tooLarge, new byte[11 * 1024 * 1024]);
        browser.attach("[data-testid=attachment-file]", tooLarge).click("[data-testid=attachment-upload]");
        browser.waitForText("[data-testid=attachments] [data-testid=problem]", "too large");

        browser.attach("[data-testid=attachment-file]", file).click("[data-testid=attachment-upload]");
        WebElement link = browser.waitForText("[data-testid=attachment-link]", file.getFileName().toString());
        assertThat(browser.waitForText("[data-testid=attachment]", "(you)").getText()).contains("text/plain");
        String href = link.getDomAttribute("href");
        assertThat(href).startsWith("/api/orders/" + orderId + "/attachments/");
        browser.assertAccessible();
        browser.screenshot("order-detail-attachment");

        // Through the edge with the browser's own session, and from the command side with the owner's token.
        @SuppressWarnings("unchecked")
        List<Object> viaEdge = (List<Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,
                    r.headers.get('Content-Disposition'), Array.from(new Uint8Array(b))])));""", href);
        assertThat(((Number) viaEdge.get(0)).intValue()).isEqualTo(200);
        assertThat((String) viaEdge.get(1)).startsWith("attachment");
        byte[] edgeBytes = new byte[((List<?>) viaEdge.get(2)).size()];
        for (int i = 0; i < edgeBytes.length; i++) {
            edgeBytes[i] = ((Number) ((List<?>) viaEdge.get(2)).get(i)).byteValue();
        }
        assertThat(edgeBytes).isEqualTo(content);
        assertThat(Http.download(apps.commandUrl + href, owner.token())).isEqualTo(content);

        browser.click("[data-testid=attachment-delete]").click("[data-testid=attachment-delete-confirm]");
        browser.waitUntilGone("[data-testid=attachment]");
        assertThat(Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=2", owner.token()).json()
                       .get("attachments")).isEmpty();
        assertThat(Http.get(apps.commandUrl + href, owner.token()).status()).isEqualTo(404);
        browser.assertNoConsoleErrors("422", "413");
    }

    @Test
    void aStaleEditIsRefusedSaysWhatChangedKeepsTheTextAndSucceedsAfterReload() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String orderId = recordOrder(owner, "DETAIL-STALE-" + Accounts.unique());
        Http.Response note = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/notes",
                                       "{\"text\":\"Deliver after 6 pm\"}", owner.token(), Map.of("If-Match", "\"0\""));
        assertThat(note.status()).isEqualTo(201);
        Browser browser = openAs(owner, "/orders/" + orderId);
        browser.waitForText("[data-testid=note-text]", "Deliver after 6 pm");

        // The owner starts editing at version 1; meanwhile the collaborator tags the order (version 2).
        browser.click("[data-testid=note-edit]");
        browser.type("[data-testid=edit-note-text]", "Deliver after 7 pm, call first");
        Http.Response tagged = Http.send("PUT", apps.commandUrl + "/api/orders/" + orderId + "/tags/rush", null,
                                         collaborator.token(), Map.of("If-Match", "\"1\""));
        assertThat(tagged.status()).isEqualTo(200);
        assertThat(browser.text("[data-testid=live-notice]")).contains("Updated by someone else");
        assertThat(browser.find("[data-testid=edit-note-text]").getDomProperty("value"))
                .as("the live update does not touch the typed text").isEqualTo("Deliver after 7 pm, call first");

        browser.click("[data-testid=note-save]");
        WebElement panel = browser.waitFor("[data-testid=conflict-panel]");
        assertThat(panel.getText()).contains("This order was changed by someone else while you were editing");
        assertThat(browser.text("[data-testid=conflict-change]"))
                .contains("Tagged", "rush", "Member " + collaborator.username());
        assertThat(browser.text("[data-testid=conflict-input]")).contains("Deliver after 7 pm, call first");
        browser.assertAccessible();
        browser.screenshot("order-detail-conflict");

        browser.click("[data-testid=conflict-reload]");
        browser.waitUntilGone("[data-testid=conflict-panel]");
        browser.waitForText("[data-testid=tag]", "rush");
        assertThat(browser.find("[data-testid=edit-note-text]").getDomProperty("value"))
                .isEqualTo("Deliver after 7 pm, call first");
        browser.click("[data-testid=note-save]");
        browser.waitForText("[data-testid=note-text]", "Deliver after 7 pm, call first");

        JsonNode detail = Http.get(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=3", owner.token()).json();
        assertThat(detail.get("version").asLong()).isEqualTo(3);
        assertThat(detail.get("notes").get(0).get("text").asString()).isEqualTo("Deliver after 7 pm, call first");
        browser.screenshot("order-detail-after-conflict");
        browser.assertNoConsoleErrors("412");
    }

    @Test
    void anAuditorReadsWithoutChangingAndAnotherWorkspacesOrderIsNotFound() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String orderId = recordOrder(owner, "DETAIL-AUDIT-" + Accounts.unique());
        String elsewhere = recordOrder(accounts.newOwner(), "DETAIL-ELSEWHERE-" + Accounts.unique());
        Http.Response task = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"Pack the tea","orderId":"%s","priority":"HIGH"}""".formatted(orderId), owner.token());
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        String taskId = task.json().get("taskId").asString();
        Browser browser = openAs(auditor, "/orders/" + orderId);

        browser.waitFor("[data-testid=order-status][data-status=RECORDED]");
        WebElement card = browser.waitForText("[data-testid=task-card]", "Pack the tea");
        assertThat(card.findElement(org.openqa.selenium.By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("/tasks/" + taskId);
        assertThat(browser.findAll("[data-testid=status-moves]")).isEmpty();
        assertThat(browser.findAll("[data-testid=new-note-text]")).isEmpty();
        assertThat(browser.findAll("[data-testid=tag-input]")).isEmpty();
        assertThat(browser.findAll("[data-testid=attachment-file]")).isEmpty();
        assertThat(browser.findAll("[data-testid=audit-history-link]")).hasSize(1);
        browser.assertAccessible();
        browser.screenshot("order-detail-auditor");

        browser.go("/orders/" + elsewhere);
        assertThat(browser.text("[data-testid=order-not-found]")).contains("no such order in your workspace");
        browser.assertAccessible();
        browser.screenshot("order-detail-not-found");
        browser.assertNoConsoleErrors("404");
    }

    private Browser openAs(Accounts.Member member, String path) {
        return browser().signInTo(path, member.username(), Accounts.PASSWORD);
    }

    private static void move(Browser browser, String status) {
        browser.click("[data-testid=move-" + status + "]");
        browser.waitFor("[data-testid=order-status][data-status=" + status + "]");
    }

    private static List<String> offeredMoves(Browser browser) {
        return browser.findAll("[data-testid=status-moves] button[data-status]").stream()
                      .map(button -> button.getDomAttribute("data-status")).toList();
    }

    private static String firstTimelineEvent(Browser browser) {
        return browser.find("[data-testid=timeline-entry]").getDomAttribute("data-event");
    }

    private static String recordOrder(Accounts.Member owner, String number) {
        Http.Response recorded = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"%s","salesChannel":"Taobao","currency":"CNY",
                 "customer":{"name":"王小明","phone":"+8613800000000",
                             "address":{"country":"CN","region":"浙江","city":"杭州","street":"西湖路 1 号",
                                        "postalCode":"310000"}},
                 "buyerNote":"请尽快发货","tags":["vip"],
                 "lines":[{"sku":"TEA-1","title":"西湖龙井","quantity":2,"unitPrice":"88.50"}]}"""
                .formatted(number), owner.token());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("orderId").asString();
    }
}
