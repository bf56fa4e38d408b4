package com.orderdesk.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy center and online support: a person sees, downloads and corrects their data, then asks support. */
class PrivacyConsoleTest extends ConsoleTest {

    @Test
    void aCollaboratorSeesDownloadsAndCorrectsTheirDataThenAsksSupportAndTheAdminAnswers() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Browser browser = signedIn(browser(), collaborator.username(), Accounts.PASSWORD, "/privacy");

        assertThat(browser.waitForText("[data-testid=my-account]", collaborator.username()).getText())
                .contains("Member " + collaborator.username(), "collaborator");
        browser.waitFor("[data-testid=my-logins]");
        assertThat(browser.text("[data-testid=my-data] tr[data-section=account]")).contains("1 entries");
        assertThat(browser.text("[data-testid=my-data] tr[data-section=logins]")).doesNotContain(" 0 entries");

        assertThat(browser.find("[data-testid=export-download]").getDomAttribute("download"))
                .isEqualTo("orderdesk-personal-data.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('[data-testid=export-download]').href, { credentials: 'same-origin' })
                  .then(response => response.text().then(body => done({
                    status: response.status, type: response.headers.get('Content-Type'), body })))
                  .catch(error => done({ status: 0, type: '', body: String(error) }));""");
        assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
        assertThat((String) download.get("type")).contains("application/json");
        assertThat((String) download.get("body")).contains("\"username\":\"" + collaborator.username() + "\"");

        String corrected = "Corrected " + Accounts.unique();
        browser.type("[data-testid=profile-form] input[name=displayName]", corrected);
        browser.click("[data-testid=profile-form] button[type=submit]");
        browser.waitForText("[data-testid=my-display-name]", corrected);
        browser.waitForText("[data-testid=person-name]", corrected);
        assertThat(Http.get(apps.queryUrl + "/api/me", collaborator.token()).json().get("displayName").asString())
                .isEqualTo(corrected);
        assertAccessible(browser);
        browser.screenshot("privacy-center");

        browser.click("[data-testid=support-entry]");
        browser.wait(driver -> browser.path().startsWith("/support/new"));
        assertThat(browser.text("[data-testid=support-due-note]")).contains("within 7 days");
        browser.select("[data-testid=support-form] select[name=kind]", "ACCESS");
        browser.type("[data-testid=support-form] input[name=subject]", "A copy of my data");
        browser.type("[data-testid=support-form] textarea[name=message]", "Please send me everything you hold about me.");
        Instant submitted = Instant.now();
        browser.click("[data-testid=support-form] button[type=submit]");

        browser.waitForText("[data-testid=thread]", "Please send me everything you hold about me.");
        String requestId = browser.path().replaceFirst("^/support/", "").replaceFirst("\\?.*$", "");
        assertThat(browser.text("[data-testid=support-status]")).contains("Open");
        Instant due = Instant.parse(browser.find("[data-testid=due-at]").getDomAttribute("data-due"));
        assertThat(due).isBetween(submitted.plus(Duration.ofDays(7)).minusSeconds(120),
                                  Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));
        assertThat(browser.text("[data-testid=due-at]")).isNotBlank();
        assertAccessible(browser);
        browser.screenshot("support-request-sent");

        Browser admin = signedIn(browser(), BothApps.ADMIN_USERNAME, BothApps.ADMIN_PASSWORD, "/admin#support");
        String row = "[data-testid=support-queue] tr[data-request-id='" + requestId + "']";
        assertThat(admin.waitForText(row, "A copy of my data").getText())
                .contains("Access to my data", "Open", corrected);
        admin.wait(driver -> Boolean.TRUE.equals(admin.script(
                "const top = document.getElementById('support').getBoundingClientRect().top;"
                + " return top >= 0 && top < innerHeight / 2;")));
        assertAccessible(admin);
        admin.click(row + " a");
        admin.waitForText("[data-testid=thread]", "Please send me everything you hold about me.");
        admin.type("[data-testid=answer-form] textarea[name=answer]", "Your data is attached to this answer.");
        admin.click("[data-testid=answer-form] button[type=submit]");
        admin.waitForText("[data-testid=support-status]", "Answered");
        admin.waitForText("[data-testid=thread]", "Your data is attached to this answer.");
        assertAccessible(admin);
        admin.screenshot("admin-support-answered");

        // The requester's page still shows the request as sent: withdrawing it now is refused as stale (412),
        // and the page shows the request as it is, answered, instead of overwriting the answer.
        browser.click("[data-testid=withdraw]").click("[data-testid=withdraw-yes]");
        browser.waitForText("[data-testid=stale]", "changed in the meantime");
        browser.waitForText("[data-testid=thread]", "Your data is attached to this answer.");
        assertThat(browser.text("[data-testid=support-status]")).contains("Answered");
        browser.go("/support/" + requestId);
        browser.waitForText("[data-testid=thread]", "Your data is attached to this answer.");
        assertThat(browser.text("[data-testid=thread]")).contains("Answer from OrderDesk support");
        assertThat(browser.text("[data-testid=support-status]")).contains("Answered");
        browser.go("/support");
        assertThat(browser.waitForText("[data-testid=support-requests] tr[data-request-id='" + requestId + "']",
                                       "A copy of my data").getText()).contains("Answered");
        assertAccessible(browser);
        browser.screenshot("support-answer-seen");

        admin.assertNoConsoleErrors();
        browser.assertNoConsoleErrors("/withdraw - Failed to load resource: the server responded with a status of 412");
    }

    @Test
    void closingAndErasingAnAccountSayWhatHappensFirstThenEndTheSession() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member closing = accounts.newMember(owner, "COLLABORATOR");
        Browser browser = signedIn(browser(), closing.username(), Accounts.PASSWORD, "/privacy");

        browser.click("[data-testid=close-account]");
        assertThat(browser.waitForText("[data-testid=account-dialog]", "can no longer sign in").getText())
                .contains("personal data is kept");
        browser.type("[data-testid=account-dialog] input[name=currentPassword]", Accounts.PASSWORD);
        browser.click("[data-testid=account-dialog] button[type=submit]");
        assertThat(browser.path()).as("nothing happens before the person confirms they read it").startsWith("/privacy");
        browser.click("[data-testid=account-dialog] input[name=understand]");
        browser.screenshot("privacy-close-dialog");
        browser.click("[data-testid=account-dialog] button[type=submit]");
        browser.waitForText("[data-testid=sign-in-notice]", "Your account is closed.");
        assertThat(accounts.loginResponse(closing.username(), Accounts.PASSWORD, Http.DEFAULT_USER_AGENT).status())
                .isEqualTo(401);
        browser.assertNoConsoleErrors();

        Accounts.Member erasing = accounts.newMember(owner, "AUDITOR");
        Browser another = signedIn(browser(), erasing.username(), Accounts.PASSWORD, "/privacy");
        another.click("[data-testid=erase-account]");
        assertThat(another.waitForText("[data-testid=account-dialog]", "grace period of 7 days").getText())
                .contains("username, mobile number and name", "What remains");
        another.click("[data-testid=account-dialog] input[name=understand]");
        another.type("[data-testid=account-dialog] input[name=currentPassword]", Accounts.PASSWORD);
        another.click("[data-testid=account-dialog] button[type=submit]");
        another.waitForText("[data-testid=sign-in-notice]", "Your account will be erased on");
        another.assertNoConsoleErrors();
    }

    /**
     * Checks the page with axe-core once the announcement toast is not fading in or out: during its transition
     * its text is half transparent, which axe measures as too little contrast.
     */
    static void assertAccessible(Browser browser) {
        browser.wait(driver -> List.of("0", "1").contains(String.valueOf(browser.script(
                "return getComputedStyle(document.getElementById('announcements')).opacity"))));
        browser.assertAccessible();
    }

    static Browser signedIn(Browser browser, String login, String password, String path) {
        return browser.signInTo(path, login, password);
    }
}
