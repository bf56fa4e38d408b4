package com.orderdesk.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the console, an ended session, and the Chinese console. */
class SignInConsoleTest extends ConsoleTest {

    @Test
    void aWrongPasswordIsSaidPlainlyThenTheOwnerSignsInWithTheMobileNumberAndSignsOut() {
        Accounts.Member owner = accounts.newOwner();
        String mobile = Http.get(apps.queryUrl + "/api/me", owner.token()).json().get("mobile").asString();
        Browser browser = browser().go("/orders");

        assertThat(browser.path()).as("a page that needs a session sends to sign-in").startsWith("/sign-in");
        browser.type("input[name=login]", owner.username()).type("input[name=password]", "not the password");
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-testid=problem]")).contains("sign-in name or password is not right");
        assertThat(browser.text("main")).contains("locked for 15 minutes");
        browser.screenshot("sign-in-refused");
        browser.assertAccessible();

        browser.type("input[name=login]", mobile).type("input[name=password]", Accounts.PASSWORD);
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-testid=person-name]")).isEqualTo("Owner " + owner.username());
        browser.wait(driver -> browser.path().startsWith("/orders"));
        assertThat(browser.path()).as("back where the person wanted to go").startsWith("/orders");

        browser.click(".person-menu summary").click("[data-testid=sign-out]");
        browser.waitForText("h1", "Sign in");
        browser.go("/orders");
        browser.waitForText("h1", "Sign in");
        assertThat(browser.findAll("[data-testid=person-name]")).isEmpty();
        browser.assertNoConsoleErrors("401");
    }

    @Test
    void aSessionEndedElsewhereSendsThePersonBackToSignInSayingSoAndThenBackToTheirPage() {
        Accounts.Member owner = accounts.newOwner();
        Browser browser = browser().signIn(owner.username(), Accounts.PASSWORD).go("/tasks");
        browser.waitFor("[data-testid=person-name]");

        // Signing out anywhere revokes every token of the account, the console's too.
        String another = accounts.signIn(owner.username(), Accounts.PASSWORD);
        assertThat(Http.send("POST", apps.commandUrl + "/api/auth/logout", null, another, Http.DEFAULT_USER_AGENT)
                       .status()).isEqualTo(204);
        browser.go("/orders");

        assertThat(browser.text("[data-testid=sign-in-notice]")).contains("Your session has ended");
        browser.screenshot("session-ended");
        browser.type("input[name=login]", owner.username()).type("input[name=password]", Accounts.PASSWORD);
        browser.click("form button[type=submit]");
        browser.wait(driver -> browser.path().startsWith("/orders"));
        browser.assertNoConsoleErrors("401");
    }

    @Test
    void theChineseConsoleShowsChineseLabelsAndKeepsTheChoice() {
        Accounts.Member owner = accounts.newOwner();
        Browser browser = browser().go("/sign-in");
        browser.select("[data-testid=language]", "zh-CN");

        browser.waitForText("h1", "登录");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        browser.type("input[name=login]", owner.username()).type("input[name=password]", Accounts.PASSWORD);
        browser.click("form button[type=submit]");
        browser.waitForText(".main-nav", "订单");
        assertThat(browser.text(".main-nav")).contains("任务", "审计", "报表");
        assertThat(browser.text("[data-testid=support-entry]")).isEqualTo("在线客服");

        browser.go("/orders");
        browser.waitForText(".main-nav", "订单");
        browser.screenshot("console-zh-CN");
        browser.assertNoConsoleErrors();
    }
}
