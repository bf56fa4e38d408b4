package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner's reports page: orders recorded over the API in two channels on known days, the "last 7 days" period
 * chosen in the browser, and the page's data tables holding exactly the figures the report API answers for the same
 * parameters; the charts drawn; the tasks and operations sections and the CSV download.
 */
class ReportsConsoleTest extends ConsoleTest {

    @Test
    void theReportPageShowsExactlyTheFiguresOfTheReportApi() {
        Accounts.Member owner = accounts.newOwner();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate yesterday = today.minusDays(1);
        LocalDate twoDaysAgo = today.minusDays(2);
        String o1 = order(owner, "Taobao", twoDaysAgo, "09:00", "TEA-1", 2, "88.50");
        String o2 = order(owner, "Taobao", twoDaysAgo, "15:00", "CUP", 1, "12.00");
        order(owner, "Tmall", twoDaysAgo, "20:00", "TEA-1", 1, "88.50");
        String o4 = order(owner, "Tmall", yesterday, "08:00", "POT", 1, "420.00");
        order(owner, "Taobao", yesterday, "11:30", "TEA-1", 3, "88.50");
        order(owner, "Tmall", today.minusDays(30), "11:00", "CUP", 1, "12.00"); // before the period
        move(owner, o1, "CONFIRMED");
        move(owner, o2, "CANCELLED");
        move(owner, o4, "CONFIRMED", "IN_FULFILLMENT", "SHIPPED");
        Http.Response task = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"Restock the tea","priority":"HIGH","assigneeIds":["%s"]}""".formatted(owner.accountId()),
                                           owner.token());
        assertThat(task.status()).as(task.body()).isEqualTo(201);

        String parameters = "from=" + today.minusDays(6) + "&to=" + today + "&zone=UTC";
        String ordersUrl = apps.queryUrl + "/api/reports/orders?" + parameters + "&granularity=DAY";
        JsonNode orders = awaitQuery(ordersUrl, owner.token(), r -> r.status() == 200
                && r.json().get("flow").get("placed").asLong() == 5
                && r.json().get("flow").get("cancelled").asLong() == 1
                && r.json().get("recordedToShipped").get("orders").asLong() == 1
                && statusRows(r.json()).contains("CONFIRMED 1")).json();
        JsonNode tasks = awaitQuery(apps.queryUrl + "/api/reports/tasks?" + parameters, owner.token(),
                                    r -> r.status() == 200 && r.json().get("createdAndCompleted").size() == 1).json();

        Browser browser = browser().signInTo("/reports?zone=UTC", owner.username(), Accounts.PASSWORD);
        browser.waitFor("[data-testid=orders-by-period]");
        browser.click("[data-testid=preset-7]");
        browser.wait(driver -> browser.path().contains("from=" + today.minusDays(6)));
        browser.waitForText("[data-testid=report-range]", "UTC");
        assertThat(browser.path()).contains("to=" + today, "zone=UTC", "granularity=DAY");

        List<String> periods = new ArrayList<>();
        orders.get("byPeriod").forEach(row -> periods.add(row.get("period").asString() + " "
                                                          + row.get("currency").asString() + " "
                                                          + row.get("orders").asLong()));
        assertThat(periods).as("the API's own figures").containsExactly(twoDaysAgo + " CNY 3", yesterday + " CNY 2");
        browser.wait(driver -> rows(browser, "orders-by-period", "data-period", "data-currency").equals(periods));

        List<String> channels = new ArrayList<>();
        orders.get("byChannel").forEach(row -> channels.add(row.get("channel").asString() + " "
                                                            + row.get("currency").asString() + " "
                                                            + row.get("orders").asLong()));
        assertThat(rows(browser, "orders-by-channel", "data-channel", "data-currency")).isEqualTo(channels)
                .containsExactlyInAnyOrder("Taobao CNY 3", "Tmall CNY 2");
        assertThat(rows(browser, "orders-by-status", "data-status")).isEqualTo(statusRows(orders));
        JsonNode flow = orders.get("flow");
        assertThat(rows(browser, "orders-flow", "data-figure")).containsExactly(
                "placed " + flow.get("placed").asLong(), "cancelled " + flow.get("cancelled").asLong(),
                "completed " + flow.get("completed").asLong());
        // The cells people read say the same as the attributes the test compared.
        assertThat(browser.text("[data-testid=orders-by-channel] tbody")).contains("Taobao", "Tmall");
        assertThat(browser.text("[data-testid=orders-by-status] tbody")).contains("Cancelled", "Shipped");

        List<String> perDayAndChannel = new ArrayList<>();
        orders.get("byPeriodAndChannel").forEach(row -> perDayAndChannel.add(
                row.get("period").asString() + " " + row.get("channel").asString() + " " + row.get("orders").asLong()));
        assertThat(rows(browser, "orders-by-period-and-channel", "data-period", "data-channel"))
                .isEqualTo(perDayAndChannel).isNotEmpty();

        // The chart is drawn: uPlot's element with a canvas of real size, one series per channel.
        browser.wait(driver -> canvasSize(browser, "orders-chart") > 0);
        assertThat(browser.findAll("[data-testid=orders-chart] .uplot")).hasSize(1);
        assertThat(browser.text("[data-testid=orders-chart] .u-legend")).contains("Taobao", "Tmall");

        // Tasks and operations render, with their charts and tables.
        JsonNode taskDay = tasks.get("createdAndCompleted").get(0);
        assertThat(rows(browser, "tasks-by-day", "data-day")).containsExactly(
                taskDay.get("day").asString() + " " + taskDay.get("created").asLong() + " "
                + taskDay.get("completed").asLong());
        assertThat(browser.findAll("[data-testid=tasks-workload] tbody tr")).hasSize(tasks.get("workload").size());
        browser.wait(driver -> canvasSize(browser, "tasks-chart") > 0 && canvasSize(browser, "operations-chart") > 0);
        assertThat(browser.text("[data-testid=operations-totals]")).contains("Sign-ins");
        browser.waitFor("[data-testid=operations-members]");

        // The CSV link asks for the same figures; through the edge it downloads what the query side answers.
        String csvHref = browser.find("[data-testid=orders-csv]").getAttribute("href");
        assertThat(csvHref).contains("/api/reports/orders?format=csv&" + parameters + "&granularity=DAY");
        String downloaded = (String) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status)"
                + ".then(done, e => done(String(e)));",
                csvHref);
        // (Line ends compared loosely: WebDriver hands the script's string back with plain line feeds.)
        assertThat(downloaded.replace("\r\n", "\n"))
                .isEqualTo(Http.get(ordersUrl + "&format=csv", owner.token()).body().replace("\r\n", "\n"))
                .startsWith("section,key,currency,orders");
        browser.assertAccessible();
        browser.screenshot("reports");
        browser.assertNoConsoleErrors();
    }

    /** A table's rows as "key… cell cell…": the row's attributes named, then the numbers the row shows. */
    @SuppressWarnings("unchecked")
    private static List<String> rows(Browser browser, String table, String... keys) {
        return (List<String>) browser.script("""
                const [table, keys] = arguments;
                return [...document.querySelectorAll(`[data-testid=${table}] tbody tr`)]
                  .filter(row => row.hasAttribute(keys[0]))
                  .map(row => [...keys.map(key => row.getAttribute(key)),
                               ...[...row.querySelectorAll('td.number')].map(cell => cell.textContent.trim())
                                 .filter(text => /^[0-9.,]+$/.test(text))]
                    .join(' '));
                """, table, List.of(keys));
    }

    private static long canvasSize(Browser browser, String chart) {
        Object size = browser.script("const c = document.querySelector(`[data-testid=${arguments[0]}] canvas`);"
                                     + "const box = c && c.getBoundingClientRect();"
                                     + "return box ? box.width * box.height : 0;",
                                     chart);
        return ((Number) size).longValue();
    }

    private static List<String> statusRows(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("byStatus").forEach(row -> rows.add(row.get("status").asString() + " "
                                                       + row.get("orders").asLong()));
        return rows;
    }

    private static String order(Accounts.Member owner, String channel, LocalDate day, String time, String sku,
                                int quantity, String unitPrice) {
        Http.Response recorded = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"R-%s","salesChannel":"%s","orderedAt":"%sT%s:00Z","currency":"CNY",
                 "lines":[{"sku":"%s","title":"%s","quantity":%d,"unitPrice":"%s"}]}"""
                .formatted(Accounts.unique(), channel, day, time, sku, sku, quantity, unitPrice), owner.token());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("orderId").asString();
    }

    private static void move(Accounts.Member owner, String orderId, String... statuses) {
        long version = 0;
        for (String status : statuses) {
            String body = switch (status) {
                case "SHIPPED" -> "{\"status\":\"SHIPPED\",\"carrier\":\"SF\",\"trackingNumber\":\"SF100\"}";
                case "CANCELLED" -> "{\"status\":\"CANCELLED\",\"reason\":\"buyer changed their mind\"}";
                default -> "{\"status\":\"" + status + "\"}";
            };
            Http.Response moved = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", body,
                                            owner.token(), Map.of("If-Match", "\"" + version + "\""));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            version = moved.json().get("version").asLong();
        }
    }
}
