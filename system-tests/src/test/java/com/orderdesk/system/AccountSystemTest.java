package com.orderdesk.system;

import com.orderdesk.command.common.Sha256;
import com.orderdesk.events.account.UnknownAccountLoginAttempted;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts over HTTP on both apps: the README's quick start, lockout, revocation, uniqueness races. */
class AccountSystemTest extends SystemTest {

    @Test
    void newcomerRegistersInvitesCollaboratorAndOtherWorkspaceSeesNothing() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");

        Http.Response recorded = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("NEW-1"),
                                               collaborator.token());
        assertThat(recorded.status()).isEqualTo(201);
        String orderId = recorded.json().get("orderId").asString();
        assertThat(awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(), r -> r.status() == 200)
                           .json().get("externalOrderNumber").asString()).isEqualTo("NEW-1");

        Accounts.Member stranger = accounts.newOwner();
        Http.Response fromOtherWorkspace = Http.get(apps.queryUrl + "/api/orders/" + orderId, stranger.token());
        assertThat(fromOtherWorkspace.status()).isEqualTo(404);
        assertThat(Http.get(apps.queryUrl + "/api/orders", stranger.token()).json().get("items")).isEmpty();

        JsonNode members = awaitQuery(apps.queryUrl + "/api/workspace/members", owner.token(),
                                      r -> r.json().size() == 2).json();
        assertThat(members.findValuesAsString("role")).containsExactlyInAnyOrder("OWNER", "COLLABORATOR");
        assertThat(members.toString()).doesNotContain("password", "hash", "$argon2");
    }

    @Test
    void collaboratorCannotManageMembersAndTheDenialIsRecorded() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");

        Http.Response denied = Http.postJson(apps.commandUrl + "/api/workspace/invitations", """
                {"username":"sneaky","mobile":"+8613900000000","displayName":"S","role":"AUDITOR"}""",
                                             collaborator.token());

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:forbidden");
        assertThat(apps.database.sql("""
                                     SELECT count(*) FROM event_store.domain_event_entry
                                     WHERE payload_type = 'com.orderdesk.events.account.AccessDenied'
                                     AND convert_from(payload, 'UTF8')::jsonb ->> 'accountId' = ?""")
                                .param(collaborator.accountId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fifthWrongPasswordLocksAndCorrectPasswordIsThenRefusedUntilOwnerUnlocks() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member member = accounts.newMember(owner, "COLLABORATOR");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(accounts.loginResponse(member.username(), "wrong password " + attempt, "ua").status())
                    .isEqualTo(401);
        }
        Http.Response whileLocked = accounts.loginResponse(member.username(), Accounts.PASSWORD, "ua");
        assertThat(whileLocked.status()).isEqualTo(401);
        assertThat(whileLocked.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:invalid-credentials");
        assertThat(eventsOfType("AccountLocked", member.accountId())).isEqualTo(1);
        assertThat(eventsOfType("LoginRefused", member.accountId())).isEqualTo(1);

        Http.Response unlocked = Http.postJson(
                apps.commandUrl + "/api/workspace/members/" + member.accountId() + "/unlock", null, owner.token());
        assertThat(unlocked.status()).isEqualTo(204);
        assertThat(accounts.loginResponse(member.username(), Accounts.PASSWORD, "ua").status()).isEqualTo(200);
    }

    @Test
    void unknownUsernameGetsTheSameAnswerAndIsRecordedWithoutCreatingAnAccount() {
        Accounts.Member owner = accounts.newOwner();
        Http.Response wrongPassword = accounts.loginResponse(owner.username(), "not the password at all", "ua");
        String nobody = "nobody-" + Accounts.unique();
        Http.Response unknown = accounts.loginResponse(nobody, "whatever password", "ua");

        assertThat(unknown.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
        // The fingerprint is device information, sealed with the day's key: read the events as the apps do.
        Serializer events = apps.commandSide.getBean("eventSerializer", Serializer.class);
        List<byte[]> attempts = apps.database.sql("""
                                                  SELECT payload FROM event_store.domain_event_entry
                                                  WHERE payload_type = ?""")
                                             .param(UnknownAccountLoginAttempted.class.getName())
                                             .query((rs, n) -> rs.getBytes(1)).list();
        assertThat(attempts).filteredOn(payload -> Sha256.hex(nobody).equals(
                                     ((UnknownAccountLoginAttempted) events.deserialize(new SimpleSerializedObject<>(
                                             payload, byte[].class, UnknownAccountLoginAttempted.class.getName(), "2")))
                                             .identifierFingerprint()))
                            .hasSize(1);
        assertThat(attempts).noneMatch(payload -> new String(payload, java.nio.charset.StandardCharsets.UTF_8)
                                                          .contains(Sha256.hex(nobody)));
        assertThat(apps.database.sql("""
                                     SELECT count(*) FROM event_store.domain_event_entry
                                     WHERE convert_from(payload, 'UTF8') LIKE ?""")
                                .param("%" + nobody + "%").query(Long.class).single())
                .as("what was typed is not kept as text").isZero();
        assertThat(apps.database.sql("""
                                     SELECT count(*) FROM command_side.account_identity WHERE value = ?""")
                                .param(nobody).query(Long.class).single()).as("no account created").isZero();
    }

    @Test
    void loginFromNewDeviceIsFlaggedAbnormalInLoginHistory() {
        Accounts.Member owner = accounts.newOwner();
        assertThat(accounts.loginResponse(owner.username(), Accounts.PASSWORD, "Brand-new-browser/9").status())
                .isEqualTo(200);

        JsonNode logins = awaitQuery(apps.queryUrl + "/api/me/logins", owner.token(),
                                     r -> r.json().size() == 2).json();
        assertThat(logins.get(0).get("userAgent").asString()).isEqualTo("Brand-new-browser/9");
        assertThat(logins.get(0).get("abnormal").asBoolean()).isTrue();
        assertThat(logins.get(1).get("abnormal").asBoolean()).isFalse();
    }

    @Test
    void logoutAndPasswordChangeRevokeTokensOnBothSides() {
        Accounts.Member owner = accounts.newOwner();
        awaitQuery(apps.queryUrl + "/api/me", owner.token(), r -> r.status() == 200);

        assertThat(Http.postJson(apps.commandUrl + "/api/auth/logout", null, owner.token()).status()).isEqualTo(204);

        assertThat(Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("R-1"), owner.token()).status())
                .isEqualTo(401);
        awaitQuery(apps.queryUrl + "/api/me", owner.token(), r -> r.status() == 401);

        String fresh = accounts.login(owner.username(), Accounts.PASSWORD);
        Http.Response changed = Http.postJson(apps.commandUrl + "/api/account/password", """
                {"currentPassword":"%s","newPassword":"another long private passphrase"}"""
                .formatted(Accounts.PASSWORD), fresh);
        assertThat(changed.status()).isEqualTo(204);
        awaitQuery(apps.queryUrl + "/api/orders", fresh, r -> r.status() == 401);
        assertThat(accounts.loginResponse(owner.username(), Accounts.PASSWORD, "ua").status()).isEqualTo(401);
        assertThat(accounts.loginResponse(owner.username(), "another long private passphrase", "ua").status())
                .isEqualTo(200);
    }

    @Test
    void removedMemberCannotLogIn() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member member = accounts.newMember(owner, "AUDITOR");

        assertThat(Http.send("DELETE", apps.commandUrl + "/api/workspace/members/" + member.accountId(), null,
                             owner.token(), "ua").status()).isEqualTo(204);

        assertThat(accounts.loginResponse(member.username(), Accounts.PASSWORD, "ua").status()).isEqualTo(401);
        awaitQuery(apps.queryUrl + "/api/me", member.token(), r -> r.status() == 401);
    }

    @Test
    void weakAndCommonPasswordsAreRefusedAndNothingIsStored() {
        long before = eventCount();
        for (String password : List.of("short", "password1234", "Qwertyuiop12")) {
            Http.Response refused = Http.postJson(apps.commandUrl + "/api/auth/register", """
                    {"username":"weak-%s","mobile":"%s","displayName":"W","password":"%s","workspaceName":"W"}"""
                    .formatted(Accounts.unique(), Accounts.mobile(), password));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:weak-password");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aNewPasswordMayNotContainTheAccountsMobileNumber() {
        String username = "mob-" + Accounts.unique();
        String mobile = Accounts.mobile();
        assertThat(Http.postJson(apps.commandUrl + "/api/auth/register", """
                {"username":"%s","mobile":"%s","displayName":"M","password":"%s","workspaceName":"M"}"""
                .formatted(username, mobile, Accounts.PASSWORD)).status()).isEqualTo(201);
        String token = accounts.login(username, Accounts.PASSWORD);

        Http.Response refused = Http.postJson(apps.commandUrl + "/api/account/password", """
                {"currentPassword":"%s","newPassword":"call me at %s"}""".formatted(Accounts.PASSWORD, mobile),
                                              token);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:orderdesk:problem:weak-password");
    }

    @Test
    void concurrentRegistrationsOfOneUsernameCreateExactlyOneAccount() throws Exception {
        // The username is sealed in the events; each attempt names its workspace after it, which is not.
        String username = "race-" + Accounts.unique();
        int attempts = 8;
        ExecutorService clients = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                calls.add(() -> Http.postJson(apps.commandUrl + "/api/auth/register", """
                        {"username":"%s","mobile":"%s","displayName":"R","password":"%s","workspaceName":"%s"}"""
                        .formatted(username, Accounts.mobile(), Accounts.PASSWORD, username)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Response> answer : clients.invokeAll(calls)) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(apps.database.sql("""
                                     SELECT count(*) FROM event_store.domain_event_entry
                                     WHERE payload_type = 'com.orderdesk.events.account.WorkspaceOpened'
                                     AND convert_from(payload, 'UTF8')::jsonb ->> 'name' = ?""")
                                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void passwordHashesAppearNowhereButTheCredentialTable() {
        accounts.newOwner();
        long inEvents = apps.database.sql("""
                                          SELECT count(*) FROM event_store.domain_event_entry
                                          WHERE convert_from(payload, 'UTF8') LIKE '%argon2%'
                                             OR convert_from(meta_data, 'UTF8') LIKE '%argon2%'""")
                                     .query(Long.class).single();
        long inReadModels = apps.database.sql("""
                                              SELECT count(*) FROM query_side.account a
                                              WHERE a::text LIKE '%argon2%'""").query(Long.class).single();
        assertThat(inEvents).isZero();
        assertThat(inReadModels).isZero();
        assertThat(apps.database.sql("SELECT min(password_hash) FROM command_side.credential")
                                .query(String.class).single()).startsWith("$argon2id$");
    }

    private static long eventCount() {
        return apps.database.sql("SELECT count(*) FROM event_store.domain_event_entry").query(Long.class).single();
    }

    private static long eventsOfType(String simpleName, String accountId) {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE payload_type = ? AND aggregate_identifier = ?""")
                            .params("com.orderdesk.events.account." + simpleName, accountId)
                            .query(Long.class).single();
    }
}
