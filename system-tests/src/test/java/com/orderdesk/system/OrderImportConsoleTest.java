package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/** The bulk import in the browser: a file with one bad row in both modes, and the sample CSV the page offers. */
class OrderImportConsoleTest extends ConsoleTest {

    private static final String ONE_BAD_ROW = """
            external_order_number,sales_channel,currency,customer_name,sku,title,quantity,unit_price
            IMP-1,淘宝,CNY,王小明,TEA-LJ,西湖龙井,2,88.50
            IMP-1,淘宝,CNY,王小明,CUP,青瓷茶杯,1,12.00
            IMP-2,京东,CNY,李雷,TEA-PE,普洱茶饼,1.5,268.00
            IMP-3,Online shop,EUR,Emma Schmidt,TEA-SE,Sencha,3,9.90
            """;

    @Test
    void aFileWithOneBadRowCreatesNothingAllOrNothingAndTheGoodOrdersWhenSkippingInvalidOnes(@TempDir Path directory)
            throws IOException {
        Accounts.Member owner = accounts.newOwner();
        Path file = Files.writeString(directory.resolve("orders.csv"), ONE_BAD_ROW, StandardCharsets.UTF_8);
        Browser browser = browser().signIn(owner.username(), Accounts.PASSWORD).go("/orders");
        browser.click("[data-testid=import-orders]");
        browser.attach("[data-testid=import-file]", file);
        browser.waitForText("[data-testid=import-chosen]", "orders.csv");

        // All or nothing (the default) on a fresh workspace: refused, the report says why, nothing is created.
        browser.click("[data-testid=upload]");
        browser.waitFor("[data-testid=import-report][data-rejected=true]");
        assertThat(browser.text("[data-testid=import-rejected]")).contains("Nothing was created");
        assertThat(outcomes(browser)).containsExactly("NOT_CREATED", "INVALID", "NOT_CREATED");
        assertThat(count(browser, "created")).isZero();
        assertThat(count(browser, "not-created")).isEqualTo(2);

        // Skipping invalid orders: the two good ones are created (which also proves the refusal created none).
        browser.click("[data-testid=mode-SKIP_INVALID]");
        browser.click("[data-testid=upload]");
        browser.waitFor("[data-testid=import-report][data-rejected=false]");
        assertThat(count(browser, "created")).isEqualTo(2);
        assertThat(count(browser, "invalid")).isEqualTo(1);
        assertThat(outcomes(browser)).containsExactly("CREATED", "INVALID", "CREATED");
        assertThat(browser.text("[data-testid=import-entry][data-outcome=INVALID] [data-testid=import-reasons]"))
                .contains("quantity in row 4 is not a whole number");
        assertThat(browser.findAll("[data-testid=import-entry][data-outcome=CREATED] a[href^='/orders/']")).hasSize(2);
        browser.assertAccessible();
        browser.screenshot("orders-import-report");
        awaitQuery(apps.queryUrl + "/api/orders", owner.token(), response -> response.json().get("items").size() == 2);

        // The same file all or nothing again: the good orders are duplicates now, the bad one still refuses it.
        browser.click("[data-testid=mode-ALL_OR_NOTHING]");
        browser.click("[data-testid=upload]");
        browser.wait(driver -> "DUPLICATE".equals(outcomes(browser).isEmpty() ? null : outcomes(browser).get(0)));
        assertThat(browser.find("[data-testid=import-report]").getAttribute("data-rejected")).isEqualTo("true");
        assertThat(outcomes(browser)).containsExactly("DUPLICATE", "INVALID", "DUPLICATE");
        assertThat(count(browser, "created")).isZero();
        browser.assertAccessible();
        browser.screenshot("orders-import-rejected");
        JsonNode listed = Http.get(apps.queryUrl + "/api/orders", owner.token()).json();
        assertThat(listed.get("items").findValuesAsString("externalOrderNumber"))
                .containsExactlyInAnyOrder("IMP-1", "IMP-3");
        assertThat(ordersRecorded(owner)).as("order numbers claimed on the command side").isEqualTo(2);
        browser.assertNoConsoleErrors("422");
    }

    @Test
    void theSampleCsvOfferedForDownloadImportsThreeOrders(@TempDir Path directory) throws IOException {
        Accounts.Member owner = accounts.newOwner();
        Http.Response sample = Http.get(apps.consoleUrl + "/samples/orders-sample.csv");
        assertThat(sample.status()).isEqualTo(200);
        Path file = Files.writeString(directory.resolve("orders-sample.csv"), sample.body(), StandardCharsets.UTF_8);
        Browser browser = browser().signIn(owner.username(), Accounts.PASSWORD).go("/orders/import");
        assertThat(browser.waitFor("[data-testid=sample-csv]").getAttribute("download")).isNotNull();
        assertThat(browser.text("[data-testid=column-list]")).contains("external_order_number", "unit_price");

        browser.attach("[data-testid=import-file]", file);
        browser.click("[data-testid=upload]");
        browser.waitFor("[data-testid=import-report][data-rejected=false]");

        assertThat(count(browser, "created")).isEqualTo(3);
        assertThat(browser.text("[data-testid=import-entries]")).contains("TB-20261120-1001");
        browser.assertNoConsoleErrors();
    }

    private static List<String> outcomes(Browser browser) {
        return browser.findAll("[data-testid=import-entry]").stream().map(row -> row.getAttribute("data-outcome"))
                      .toList();
    }

    private static int count(Browser browser, String name) {
        return Integer.parseInt(browser.find("[data-testid=import-" + name + "]").getAttribute("data-count"));
    }

    private static long ordersRecorded(Accounts.Member owner) {
        return apps.database.sql("SELECT count(*) FROM command_side.order_number_claim WHERE workspace_id = ?")
                            .param(owner.workspaceId()).query(Long.class).single();
    }
}
