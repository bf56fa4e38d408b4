package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor at the console: searches the audit trail for an order the owner moved through a few statuses, replays
 * its history step by step, verifies the hash chain and downloads the trail's export — each checked against the API.
 */
class AuditConsoleTest extends ConsoleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAuditorFindsAnOrderInTheTrailReplaysItsHistoryAndSeesTheChainIntact() {
        Accounts.Member owner = accounts.newOwner();
        String orderId = recordOrder(owner);
        long version = 0;
        for (String status : List.of("CONFIRMED", "IN_FULFILLMENT", "SHIPPED")) {
            version = move(owner, orderId, version, status);
        }
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String trailUrl = apps.queryUrl + "/api/audit?aggregateId=" + orderId;
        JsonNode trail = awaitQuery(trailUrl, auditor.token(),
                                    r -> r.status() == 200 && r.json().get("items").size() == 4).json();
        List<String> apiSummaries = new ArrayList<>();
        trail.get("items").forEach(item -> apiSummaries.add(item.get("summary").asString()));

        Browser browser = signInTo("/audit", auditor);
        browser.type("[data-testid=filter-aggregate-id]", orderId);
        browser.click("[data-testid=audit-search]");
        browser.wait(driver -> browser.findAll("[data-testid=audit-entry]").size() == apiSummaries.size()
                               && browser.findAll("[data-testid=audit-entry]").stream().allMatch(
                                       row -> orderId.equals(row.getAttribute("data-aggregate-id"))));
        assertThat(browser.path()).as("the search is in the address bar").contains("aggregateId=" + orderId);
        assertThat(browser.findAll("[data-testid=audit-summary]").stream().map(WebElement::getText).toList())
                .as("the trail's entries, newest first, as the API lists them").isEqualTo(apiSummaries)
                .contains("Order status CONFIRMED → IN_FULFILLMENT");
        browser.assertAccessible();
        browser.screenshot("audit-trail");

        // The NDJSON export link carries the same filters and downloads one line per entry through the edge.
        String href = browser.find("[data-testid=export-ndjson]").getAttribute("href");
        URI link = URI.create(href);
        assertThat(link.getPath()).isEqualTo("/api/audit/export");
        assertThat(link.getQuery()).contains("format=ndjson", "aggregateId=" + orderId);
        String downloaded = (String) browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status)"
                + ".then(done, e => done(String(e)));",
                href);
        List<String> lines = downloaded.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(apiSummaries.size());
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("aggregateId").asString()).isEqualTo(orderId);
        }
        String direct = new String(Http.download(apps.queryUrl + "/api/audit/export?format=ndjson&aggregateId="
                                                 + orderId, auditor.token()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(downloaded).as("the same file as the query side answers the auditor's token").isEqualTo(direct);

        // The hash chain: verified in the browser, and the same verdict over HTTP with the auditor's token.
        browser.click("[data-testid=chain-verify]");
        WebElement verdict = browser.waitFor("[data-testid=chain-verdict]");
        JsonNode verification = Http.get(apps.commandUrl + "/api/audit/chain/verification", auditor.token()).json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verdict.getAttribute("data-intact")).isEqualTo("true");
        assertThat(browser.text("[data-testid=chain-status]")).isEqualTo("Intact");
        long checked = Long.parseLong(browser.text("[data-testid=chain-events]").replaceAll("\\D", ""));
        assertThat(checked).as("events checked in the browser, at most what a later check saw").isPositive()
                           .isLessThanOrEqualTo(verification.get("eventsChecked").asLong());
        assertThat(browser.find("[data-testid=chain-export]").getAttribute("href")).endsWith("/api/audit/chain/export");
        assertThat(browser.text("[data-testid=chain-offline]")).contains("java tools/VerifyChainExport.java");
        browser.assertAccessible();
        browser.screenshot("audit-chain");

        // The replay, from the entry's link: the first step is the recorded order, the last the status now.
        browser.click("[data-testid=history-link]");
        browser.waitFor("[data-testid=state-after]");
        assertThat(browser.path()).isEqualTo("/audit/history/orders/" + orderId);
        JsonNode history = Http.get(apps.commandUrl + "/api/audit/history/orders/" + orderId, auditor.token()).json();
        assertThat(browser.findAll("[data-testid=history-step]")).hasSize(history.get("steps").size());
        browser.press("[data-testid=step-range]", Keys.HOME);
        browser.waitForText("[data-testid=state-after] dd[data-field=status]", "RECORDED");
        assertThat(browser.find("[data-testid=state-after]").getAttribute("data-sequence")).isEqualTo("0");

        JsonNode order = awaitQuery(apps.queryUrl + "/api/orders/" + orderId + "?minVersion=" + version,
                                    auditor.token(), r -> r.status() == 200).json();
        browser.press("[data-testid=step-next]", Keys.END); // the stepper's own keys, from a focused button
        browser.waitForText("[data-testid=state-after] dd[data-field=status]", order.get("status").asString());
        assertThat(order.get("status").asString()).isEqualTo("SHIPPED");
        browser.press("[data-testid=step-previous]", Keys.ARROW_LEFT);
        browser.waitForText("[data-testid=state-after] dd[data-field=status]", "IN_FULFILLMENT");
        browser.click("[data-testid=step-next]");
        browser.waitForText("[data-testid=state-after] dd[data-field=status]", "SHIPPED");
        assertThat(browser.text("[data-testid=step-position]")).isEqualTo(
                "Step " + history.get("steps").size() + " of " + history.get("steps").size());
        browser.assertAccessible();
        browser.screenshot("audit-history");

        // "As of" the second step's time: the state the record implied then, as the API answers it.
        String secondAt = history.get("steps").get(1).get("at").asString();
        JsonNode asOf = Http.get(apps.commandUrl + "/api/audit/history/orders/" + orderId + "?asOf=" + secondAt,
                                 auditor.token()).json();
        browser.go("/audit/history/orders/" + orderId + "?asOf=" + secondAt);
        browser.waitForText("[data-testid=as-of-state] dd[data-field=status]",
                            asOf.get("state").get("status").asString());
        assertThat(browser.find("[data-testid=as-of-input]").getAttribute("value"))
                .as("the moment, in the workspace's zone (UTC)").startsWith(secondAt.substring(0, 16));
        browser.assertNoConsoleErrors();
    }

    private Browser signInTo(String page, Accounts.Member member) {
        return browser().signInTo(page, member.username(), Accounts.PASSWORD);
    }

    private static String recordOrder(Accounts.Member owner) {
        Http.Response recorded = Http.postJson(apps.commandUrl + "/api/orders", """
                {"externalOrderNumber":"A-%s","salesChannel":"Taobao","currency":"CNY",
                 "lines":[{"sku":"TEA-1","title":"Green tea","quantity":2,"unitPrice":"88.50"}]}"""
                .formatted(Accounts.unique()), owner.token());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("orderId").asString();
    }

    private static long move(Accounts.Member owner, String orderId, long version, String status) {
        String body = status.equals("SHIPPED")
                ? "{\"status\":\"SHIPPED\",\"carrier\":\"SF\",\"trackingNumber\":\"SF100\"}"
                : "{\"status\":\"" + status + "\"}";
        Http.Response moved = Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", body,
                                        owner.token(), Map.of("If-Match", "\"" + version + "\""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved.json().get("version").asLong();
    }
}
