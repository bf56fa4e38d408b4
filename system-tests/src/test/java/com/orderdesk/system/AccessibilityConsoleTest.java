package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the console, for every role: only the navigation the permission matrix allows, no WCAG 2 A/AA
 * violation axe-core can find, the "Online support" entry at the bottom right, keyboard entry by the skip link,
 * and the board and inbox on a phone-width screen without sideways scrolling of the page.
 */
class AccessibilityConsoleTest extends ConsoleTest {

    private static final Map<String, List<String>> NAVIGATION = Map.of(
            "OWNER", List.of("Orders", "Tasks", "Audit", "Reports", "Workspace"),
            "COLLABORATOR", List.of("Orders", "Tasks"),
            "AUDITOR", List.of("Orders", "Tasks", "Audit", "Reports"),
            "ADMIN", List.of("Audit", "Administration"));

    @Test
    void everyPageOfEveryRoleIsAccessibleAndShowsOnlyWhatTheRoleMayUse() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");

        check(browser().signIn(owner.username(), Accounts.PASSWORD), "OWNER",
              "/orders", "/orders/new", "/orders/import", "/tasks", "/inbox", "/audit", "/reports", "/privacy",
              "/support", "/support/new", "/workspace");
        check(browser().signIn(collaborator.username(), Accounts.PASSWORD), "COLLABORATOR",
              "/orders", "/orders/new", "/tasks", "/inbox", "/privacy", "/support");
        check(browser().signIn(auditor.username(), Accounts.PASSWORD), "AUDITOR",
              "/orders", "/tasks", "/audit", "/reports", "/privacy");
        check(browser().signIn(BothApps.ADMIN_USERNAME, BothApps.ADMIN_PASSWORD), "ADMIN",
              "/admin", "/audit", "/inbox", "/privacy");
    }

    @Test
    void aPageTheRoleMayNotUseSaysSoAndTheServerRefusesItsCallsAnyway() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser browser = browser().signIn(collaborator.username(), Accounts.PASSWORD).go("/workspace");

        browser.waitForText("h1", "Not available for your role");
        String status = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/audit').then(r => done(String(r.status)));""");
        assertThat(status).isEqualTo("403");
        browser.assertNoConsoleErrors("403");
    }

    @Test
    void theBoardAndTheInboxFitAPhoneScreen() {
        Accounts.Member owner = accounts.newOwner();
        Browser phone = phone().signIn(owner.username(), Accounts.PASSWORD);
        for (String page : List.of("/tasks", "/inbox", "/orders")) {
            phone.go(page).waitFor("main h1");
            Number overflow = (Number) phone.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("the page %s scrolls sideways on a phone", page).isLessThanOrEqualTo(0);
            phone.assertAccessible();
            phone.screenshot("phone" + page.replace('/', '-'));
        }
        phone.assertNoConsoleErrors();
    }

    private void check(Browser browser, String role, String... pages) {
        List<String> navigation = browser.findAll(".main-nav a").stream().map(WebElement::getText).toList();
        assertThat(navigation).as("navigation of the %s", role).containsExactlyElementsOf(NAVIGATION.get(role));

        for (String page : pages) {
            browser.go(page).waitFor("main h1");
            browser.wait(driver -> browser.findAll("[aria-busy=true]").isEmpty());
            assertThat(browser.text("main h1")).as(page).doesNotContain("Not available", "not found", "could not be loaded");
            browser.assertAccessible();
            assertSupportEntryAtTheBottomRight(browser);
        }
        // The first Tab reaches the skip link, which leads to the page's content.
        browser.go(pages[0]).waitFor("main h1");
        browser.press("body", Keys.TAB);
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
        browser.assertNoConsoleErrors();
    }

    private static void assertSupportEntryAtTheBottomRight(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Number> place = (Map<String, Number>) browser.script("""
                const box = document.querySelector('.support-entry').getBoundingClientRect();
                return { right: innerWidth - box.right, bottom: innerHeight - box.bottom };""");
        assertThat(place.get("right").doubleValue()).as("distance from the right edge").isBetween(0.0, 48.0);
        assertThat(place.get("bottom").doubleValue()).as("distance from the bottom edge").isBetween(0.0, 48.0);
    }
}
