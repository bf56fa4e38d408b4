package com.orderdesk.system;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers owners, invites members and logs in over HTTP, for system tests. Keeps the tokens it signed in for, by
 * username, so a test that only needs a valid token does not pay for another Argon2id sign-in.
 */
final class Accounts {

    static final String PASSWORD = "a long and private passphrase";

    private final String commandUrl;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Accounts(BothApps apps) {
        this(apps.commandUrl);
    }

    /** For a command side at this address (the crash tests' own processes). */
    Accounts(String commandUrl) {
        this.commandUrl = commandUrl;
    }

    /** A freshly registered owner with their own new workspace, logged in. */
    Member newOwner() {
        String username = "owner-" + unique();
        Http.Response registered = Http.postJson(commandUrl + "/api/auth/register", """
                {"username":"%s","mobile":"%s","displayName":"Owner %s","password":"%s","workspaceName":"Shop %s"}"""
                .formatted(username, mobile(), username, PASSWORD, username));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return new Member(registered.json().get("accountId").asString(),
                          registered.json().get("workspaceId").asString(), username, signIn(username, PASSWORD));
    }

    /** A member invited by the owner, who accepted and logged in. */
    Member newMember(Member owner, String role) {
        String username = role.toLowerCase() + "-" + unique();
        Http.Response invited = Http.postJson(commandUrl + "/api/workspace/invitations", """
                {"username":"%s","mobile":"%s","displayName":"Member %s","role":"%s"}"""
                .formatted(username, mobile(), username, role), owner.token());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        Http.Response accepted = Http.postJson(commandUrl + "/api/auth/invitations/accept", """
                {"invitationCode":"%s","password":"%s"}""".formatted(invited.json().get("invitationCode").asString(),
                                                                     PASSWORD));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        return new Member(invited.json().get("accountId").asString(), owner.workspaceId(), username,
                          signIn(username, PASSWORD));
    }

    /** The platform admin's token: signed in once, then reused (see {@link #token}). */
    String adminToken() {
        return token(BothApps.ADMIN_USERNAME, BothApps.ADMIN_PASSWORD);
    }

    /**
     * A token of the account: the last one signed in for it here, else a new sign-in. A test that revokes the
     * account's tokens (logout, password change) signs in again with {@link #signIn} before it asks again.
     */
    String token(String username, String password) {
        return tokens.computeIfAbsent(username, name -> login(name, password));
    }

    /** A new sign-in, whose token {@link #token} hands out from now on. */
    String signIn(String username, String password) {
        String token = login(username, password);
        tokens.put(username, token);
        return token;
    }

    /** A new sign-in, always: for tests about signing in; {@link #token} is for tests that need any valid token. */
    String login(String username, String password) {
        Http.Response login = loginResponse(username, password, Http.DEFAULT_USER_AGENT);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    Http.Response loginResponse(String username, String password, String userAgent) {
        return Http.send("POST", commandUrl + "/api/auth/login", """
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

        /** The same member with another token (signed in again, e.g. on a restored system). */
        Member withToken(String newToken) {
            return new Member(accountId, workspaceId, username, newToken);
        }
    }
}
