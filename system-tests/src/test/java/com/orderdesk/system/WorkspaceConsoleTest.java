package com.orderdesk.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An owner opens a workspace in the console, invites a collaborator who joins, and sets the time zone. */
class WorkspaceConsoleTest extends ConsoleTest {

    private static final String LENGTH_RULE = "[data-testid=password-rules] li[data-rule='auth.rule.length']";

    @Test
    void anOwnerRegistersInvitesACollaboratorWhoJoinsAndSetsTheTimeZone() {
        String owner = "owner-" + Accounts.unique();
        Browser browser = browser().go("/register");
        browser.type("input[name=username]", owner);
        browser.type("input[name=mobile]", Accounts.mobile());
        browser.type("input[name=displayName]", "Owner " + owner);
        browser.type("input[name=workspaceName]", "Shop " + owner);
        browser.type("input[name=password]", "too short");
        browser.wait(driver -> "false".equals(browser.find(LENGTH_RULE).getDomAttribute("data-met")));
        browser.type("input[name=password]", Accounts.PASSWORD);
        browser.wait(driver -> "true".equals(browser.find(LENGTH_RULE).getDomAttribute("data-met")));
        browser.click("input[name=agree]");
        browser.click("form button[type=submit]");
        browser.waitForText("[data-testid=person-name]", "Owner " + owner);

        browser.go("/workspace");
        browser.waitForText("[data-testid=members]", owner);
        String collaborator = "collaborator-" + Accounts.unique();
        browser.type("[data-testid=invite-form] input[name=username]", collaborator);
        browser.type("[data-testid=invite-form] input[name=mobile]", Accounts.mobile());
        browser.type("[data-testid=invite-form] input[name=displayName]", "Member " + collaborator);
        browser.select("[data-testid=invite-form] select[name=role]", "COLLABORATOR");
        browser.click("[data-testid=invite-form] button[type=submit]");

        String code = browser.text("[data-testid=invitation-code]");
        assertThat(code).isNotBlank();
        assertThat(browser.text("[data-testid=invitation]")).contains("will not be shown again", "Valid until");
        String link = browser.text("[data-testid=invitation-link]");
        assertThat(link).endsWith("/invitation?code=" + code);
        browser.waitForText("[data-testid=members] tr[data-username='" + collaborator + "']", "Invited");
        PrivacyConsoleTest.assertAccessible(browser);
        browser.screenshot("workspace-invitation");

        browser.click("[data-testid=invitation-done]");
        browser.go("/workspace");
        browser.waitForText("[data-testid=members]", collaborator);
        assertThat((String) browser.script("return document.body.innerText")).doesNotContain(code);

        Browser member = browser().go(link.substring(link.indexOf("/invitation")));
        assertThat(member.waitFor("input[name=invitationCode]").getDomProperty("value")).isEqualTo(code);
        member.type("input[name=password]", Accounts.PASSWORD);
        member.click("form button[type=submit]");
        member.waitForText("[data-testid=sign-in-notice]", "Invitation accepted");
        PrivacyConsoleTest.signedIn(member, collaborator, Accounts.PASSWORD, "/privacy");
        assertThat(member.text("[data-testid=person-name]")).isEqualTo("Member " + collaborator);

        browser.select("[data-testid=time-zone]", "Asia/Shanghai");
        browser.click("[data-testid=zone-form] button[type=submit]");
        String ownerToken = accounts.signIn(owner, Accounts.PASSWORD);
        browser.wait(driver -> "Asia/Shanghai".equals(
                Http.get(apps.queryUrl + "/api/workspace", ownerToken).json().get("timeZone").asString()));

        browser.go("/workspace");
        String row = "[data-testid=members] tr[data-username='" + collaborator + "']";
        assertThat(browser.waitForText(row, "Active").getText()).contains("Member " + collaborator, "collaborator");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find("[data-testid=time-zone]"))
                           .getFirstSelectedOption().getDomAttribute("value")).isEqualTo("Asia/Shanghai");
        PrivacyConsoleTest.assertAccessible(browser);
        browser.screenshot("workspace-members");

        member.assertNoConsoleErrors();
        browser.assertNoConsoleErrors();
    }
}
