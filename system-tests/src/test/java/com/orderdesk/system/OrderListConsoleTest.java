package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order list and "record an order" in the browser: a hostile customer name stays text, another person's
 * browser sees a new order arrive live, the status bar counts as the API does, paging and the status filter.
 */
class OrderListConsoleTest extends ConsoleTest {

    /** The form sent without an order number on purpose. */
    private static final String NUMBER_MISSING =
            "/api/orders - Failed to load resource: the server responded with a status of 400";

    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    private static final List<String> STATUSES = List.of("RECORDED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED",
                                                         "DELIVERED", "COMPLETED", "AFTER_SALES", "CANCELLED",
                                                         "CLOSED");

    @Test
    void anOwnerRecordsAnOrderWhoseHostileCustomerNameStaysTextAndACollaboratorSeesTheNextArriveLive() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser browser = browser().signIn(owner.username(), Accounts.PASSWORD).go("/orders");
        browser.waitFor("[data-testid=orders-empty]");
        browser.click("[data-testid=record-order]");

        browser.type("[data-testid=field-salesChannel]", "淘宝");
        line(browser, 1, "TEA-LJ", "西湖龙井 250 克", "2", "88.50");
        browser.click("[data-testid=add-line]");
        line(browser, 2, "CUP", "青瓷茶杯", "3", "12.00");
        browser.type("input[name=customerName]", HOSTILE_NAME);
        browser.type("input[name=city]", "杭州市");
        browser.waitForText("[data-testid=order-total]", "213.00");
        browser.click("[data-testid=submit-order]");
        // Without an order number the server refuses the body: its field error shows next to the field.
        assertThat(browser.text("#externalOrderNumber-error")).isNotBlank();
        assertThat(browser.text("[data-testid=problem]")).contains("externalOrderNumber");
        browser.assertAccessible();
        browser.type("[data-testid=field-externalOrderNumber]", "WEB-1001");
        browser.screenshot("orders-new");
        browser.click("[data-testid=submit-order]");

        browser.wait(driver -> browser.path().matches("/orders/[A-Za-z0-9-]+")
                               && !browser.path().equals("/orders/new"));
        String orderId = browser.path().substring("/orders/".length());
        JsonNode recorded = awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(),
                                       response -> response.status() == 200).json();
        assertThat(recorded.get("total").decimalValue()).isEqualByComparingTo("213.00");
        assertThat(recorded.get("lines")).hasSize(2);

        browser.go("/orders");
        WebElement customer = browser.waitFor("tr[data-order-id='" + orderId + "'] [data-testid=customer-name]");
        assertThat(customer.getText()).isEqualTo(HOSTILE_NAME);
        assertThat(browser.findAll("[data-testid=orders-table] img")).isEmpty();
        browser.assertAccessible();
        browser.screenshot("orders-list");
        browser.assertNoConsoleErrors(NUMBER_MISSING);

        Browser colleague = browser().signIn(collaborator.username(), Accounts.PASSWORD).go("/orders");
        colleague.waitFor("tr[data-order-id='" + orderId + "']");
        colleague.waitFor("[data-testid=live-state][data-state=open]");
        colleague.script("window.orderdeskNotReloaded = true");

        String liveId = recordOrder(owner, "LIVE-2001", "京东", "李雷");

        colleague.waitFor("tr[data-order-id='" + liveId + "']");
        assertThat(colleague.text("tr[data-order-id='" + liveId + "'] [data-testid=customer-name]"))
                .isEqualTo("李雷");
        assertThat(colleague.script("return window.orderdeskNotReloaded === true")).as("no reload").isEqualTo(true);
        colleague.wait(driver -> String.valueOf(colleague.script(
                "return document.getElementById('announcements').textContent")).contains("1 new order"));
        assertThat(colleague.findAll("[data-testid=record-order]")).as("collaborators record orders too").hasSize(1);
        colleague.assertAccessible();
        colleague.screenshot("orders-list-live");
        colleague.assertNoConsoleErrors();
    }

    @Test
    void theStatusBarCountsAsTheApiDoesPagesLoadMoreAndAStatusFilterNarrowsTheTableAndSurvivesAReload() {
        Accounts.Member owner = accounts.newOwner();
        String[] ids = new String[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = recordOrder(owner, "BAR-" + i, i % 2 == 0 ? "淘宝" : "京东", "客户 " + i);
        }
        move(owner, ids[0], """
                {"status":"CONFIRMED"}""");
        move(owner, ids[1], """
                {"status":"CONFIRMED"}""");
        move(owner, ids[2], """
                {"status":"CANCELLED","reason":"The customer changed their mind"}""");
        JsonNode counts = awaitQuery(apps.queryUrl + "/api/orders?limit=1", owner.token(), response -> {
            JsonNode c = response.json().get("statusCounts");
            return c.path("CONFIRMED").asLong() == 2 && c.path("CANCELLED").asLong() == 1
                   && c.path("RECORDED").asLong() == 2;
        }).json().get("statusCounts");

        Browser browser = browser().signIn(owner.username(), Accounts.PASSWORD).go("/orders?limit=2");
        browser.waitFor("[data-testid=load-more]");
        for (String status : STATUSES) {
            assertThat(browser.find("[data-testid=status-count-" + status + "]").getAttribute("data-count"))
                    .as(status).isEqualTo(Long.toString(counts.path(status).asLong(0)));
        }
        assertThat(browser.findAll("[data-testid=order-row]")).hasSize(2);

        browser.click("[data-testid=load-more]");
        browser.wait(driver -> browser.findAll("[data-testid=order-row]").size() == 4);
        browser.click("[data-testid=load-more]");
        browser.wait(driver -> browser.findAll("[data-testid=order-row]").size() == 5);
        browser.waitUntilGone("[data-testid=load-more]");
        browser.screenshot("orders-list-paged");

        browser.click("[data-testid=status-filter-CONFIRMED]");
        browser.wait(driver -> confirmedOnly(browser));
        assertThat(browser.find("[data-testid=status-filter-CONFIRMED]").getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.path()).contains("status=CONFIRMED");
        browser.go(browser.path());
        browser.wait(driver -> confirmedOnly(browser));
        assertThat(browser.find("[data-testid=status-filter-CONFIRMED]").getAttribute("aria-pressed"))
                .isEqualTo("true");
        browser.assertAccessible();
        browser.screenshot("orders-list-filtered");
        browser.assertNoConsoleErrors();

        Browser phone = phone().signIn(owner.username(), Accounts.PASSWORD).go("/orders");
        phone.waitFor("[data-testid=order-row]");
        Number overflow = (Number) phone.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("the list scrolls sideways on a phone").isLessThanOrEqualTo(0);
        phone.assertAccessible();
        phone.screenshot("phone-orders-list");
        phone.assertNoConsoleErrors();
    }

    private static boolean confirmedOnly(Browser browser) {
        List<WebElement> statuses = browser.findAll("[data-testid=order-row] [data-testid=order-status]");
        return statuses.size() == 2
               && statuses.stream().allMatch(cell -> "CONFIRMED".equals(cell.getAttribute("data-status")));
    }

    private static void line(Browser browser, int n, String sku, String title, String quantity, String price) {
        String line = "[data-testid=order-line]:nth-of-type(" + n + ") ";
        browser.type(line + "input[name=sku]", sku);
        browser.type(line + "input[name=title]", title);
        browser.type(line + "input[name=quantity]", quantity);
        browser.type(line + "input[name=unitPrice]", price);
    }

    private static String recordOrder(Accounts.Member owner, String number, String channel, String customer) {
        Http.Response recorded = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"%s","salesChannel":"%s","currency":"CNY",
                 "lines":[{"sku":"TEA","title":"龙井","quantity":1,"unitPrice":10.00}],"customer":{"name":"%s"}}"""
                .formatted(number, channel, customer), owner.token());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("orderId").asString();
    }

    private static void move(Accounts.Member owner, String orderId, String body) {
        Http.Response moved = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", body,
                                        owner.token(), Map.of("If-Match", "\"0\""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }
}
