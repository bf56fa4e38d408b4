package com.orderdesk.system;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers owners, invites members and logs in over HTTP, for system tests. */
final class Accounts {

    static final String PASSWORD = "a long and private passphrase";

    private final BothApps apps;

    Accounts(BothApps apps) {
        this.apps = apps;
    }

    /** A freshly registered owner with their own new workspace, logged in. */
    Member newOwner() {
        String username = "owner-" + unique();
        Http.Response registered = Http.postJson(apps.commandUrl + "/api/auth/register", """
                {"username":"%s","mobile":"%s","displayName":"Owner %s","password":"%s","workspaceName":"Shop %s"}"""
                .formatted(username, mobile(), username, PASSWORD, username));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return new Member(registered.json().get("accountId").asString(),
                          registered.json().get("workspaceId").asString(), username, login(username, PASSWORD));
    }

    /** A member invited by the owner, who accepted and logged in. */
    Member newMember(Member owner, String role) {
        String username = role.toLowerCase() + "-" + unique();
        Http.Response invited = Http.postJson(apps.commandUrl + "/api/workspace/invitations", """
                {"username":"%s","mobile":"%s","displayName":"Member %s","role":"%s"}"""
                .formatted(username, mobile(), username, role), owner.token());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        Http.Response accepted = Http.postJson(apps.commandUrl + "/api/auth/invitations/accept", """
                {"invitationCode":"%s","password":"%s"}""".formatted(invited.json().get("invitationCode").asString(),
                                                                     PASSWORD));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        return new Member(invited.json().get("accountId").asString(), owner.workspaceId(), username,
                          login(username, PASSWORD));
    }

    String login(String username, String password) {
        Http.Response login = loginResponse(username, password, Http.DEFAULT_USER_AGENT);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    Http.Response loginResponse(String username, String password, String userAgent) {
        return Http.send("POST", apps.commandUrl + "/api/auth/login", """
                {"login":"%s","password":"%s"}""".formatted(username, password), null, userAgent);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String mobile() {
        return "+86" + (13000000000L + (long) (Math.random() * 999_999_999L));
    }

    /** A logged-in account. */
    record Member(String accountId, String workspaceId, String username, String token) {
    }
}
