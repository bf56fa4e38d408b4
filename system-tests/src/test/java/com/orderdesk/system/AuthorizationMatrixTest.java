package com.orderdesk.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint of both apps with every role, and with ids of another workspace, against the permission
 * matrix below (docs/api.md's). A new endpoint fails the test until it is added to the matrix.
 */
class AuthorizationMatrixTest extends SystemTest {

    /** Who calls: nobody (no token) or an account of the given role. */
    enum Caller { ANONYMOUS, OWNER, COLLABORATOR, AUDITOR, ADMIN }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> AUTHENTICATED = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> OWNER = EnumSet.of(Caller.OWNER);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> WRITERS = EnumSet.of(Caller.OWNER, Caller.COLLABORATOR);
    private static final Set<Caller> READERS = EnumSet.of(Caller.OWNER, Caller.COLLABORATOR, Caller.AUDITOR);
    private static final Set<Caller> SUPERVISORS = EnumSet.of(Caller.OWNER, Caller.AUDITOR);
    private static final Set<Caller> AUDITORS = EnumSet.of(Caller.OWNER, Caller.AUDITOR, Caller.ADMIN);
    /** Marks the body of a file upload: sent as multipart/form-data. */
    private static final String UPLOAD = "<upload>";
    /** Endpoints that revoke the caller's tokens when they succeed: the caller signs in again afterwards. */
    private static final Set<String> REVOKING = Set.of("command POST /api/auth/logout");

    /**
     * One row per endpoint, by its URL pattern. {@code body} is sent as is (often deliberately incomplete: an
     * allowed caller then gets 400, which still proves the request passed authorization); {@code
     * otherWorkspaceBody} is a valid body for probing another workspace. {@code {accountId}} and
     * {@code {orderId}} are replaced by ids of the caller's workspace, or of another workspace.
     */
    record Endpoint(String app, String method, String pattern, Set<Caller> allowed, String body,
                    String otherWorkspaceBody) {

        String key() {
            return app + " " + method + " " + pattern;
        }

        boolean scopedToWorkspace() {
            return pattern.contains("{accountId}") || pattern.contains("{orderId}") || pattern.contains("{taskId}")
                   || pattern.contains("{id}") || pattern.contains("{requestId}");
        }
    }

    private static final List<Endpoint> MATRIX = List.of(
            command("POST", "/api/auth/register", EVERYONE, "{}"),
            command("POST", "/api/auth/login", EVERYONE, "{}"),
            command("POST", "/api/auth/invitations/accept", EVERYONE, "{}"),
            command("GET", "/.well-known/jwks.json", EVERYONE, null),
            command("POST", "/api/auth/logout", AUTHENTICATED, null),
            command("POST", "/api/account/password", AUTHENTICATED, "{}"),
            command("PUT", "/api/account/profile", AUTHENTICATED, "{}"),
            command("POST", "/api/account/deactivate", AUTHENTICATED, "{}"),
            command("POST", "/api/account/erasure", AUTHENTICATED, "{}"),
            command("DELETE", "/api/account/erasure", AUTHENTICATED, null),
            command("POST", "/api/orders", WRITERS, "{}"),
            command("POST", "/api/orders/imports", WRITERS, null),
            command("POST", "/api/workspace/invitations", OWNER, "{}"),
            new Endpoint("command", "PUT", "/api/workspace/members/{accountId}/role", OWNER, "{}",
                         "{\"role\":\"AUDITOR\"}"),
            command("DELETE", "/api/workspace/members/{accountId}", OWNER, null),
            command("POST", "/api/workspace/members/{accountId}/unlock", OWNER, null),
            command("PUT", "/api/workspace/time-zone", OWNER, "{}"),
            command("POST", "/api/admin/accounts/{accountId}/unlock", ADMIN, null),
            command("POST", "/api/admin/accounts/{accountId}/erasure", ADMIN, null),
            command("GET", "/api/admin/privacy/erasures", ADMIN, null),
            new Endpoint("command", "POST", "/api/orders/{orderId}/status", WRITERS, "{}",
                         "{\"status\":\"CONFIRMED\"}"),
            new Endpoint("command", "PUT", "/api/orders/{orderId}/lines", WRITERS, "{}",
                         "{\"lines\":[{\"sku\":\"A\",\"title\":\"A\",\"quantity\":1,\"unitPrice\":1}]}"),
            command("PUT", "/api/orders/{orderId}/customer", WRITERS, "{\"name\":\"N\"}"),
            command("PUT", "/api/orders/{orderId}/buyer-note", WRITERS, "{\"buyerNote\":\"n\"}"),
            command("PUT", "/api/orders/{orderId}/tags/{tag}", WRITERS, null),
            command("DELETE", "/api/orders/{orderId}/tags/{tag}", WRITERS, null),
            new Endpoint("command", "POST", "/api/orders/{orderId}/notes", WRITERS, "{}", "{\"text\":\"t\"}"),
            new Endpoint("command", "PUT", "/api/orders/{orderId}/notes/{noteId}", WRITERS, "{}",
                         "{\"text\":\"t\"}"),
            command("DELETE", "/api/orders/{orderId}/notes/{noteId}", WRITERS, null),
            command("POST", "/api/orders/{orderId}/attachments", WRITERS, UPLOAD),
            command("GET", "/api/orders/{orderId}/attachments/{attachmentId}", READERS, null),
            command("DELETE", "/api/orders/{orderId}/attachments/{attachmentId}", WRITERS, null),
            command("PUT", "/api/orders/{orderId}/followers/me", READERS, null),
            command("POST", "/api/orders/{orderId}/customer/erasure", OWNER, null),
            command("DELETE", "/api/orders/{orderId}/followers/me", READERS, null),
            command("POST", "/api/tasks", WRITERS, "{}"),
            new Endpoint("command", "PUT", "/api/tasks/{taskId}/details", WRITERS, "{}", "{\"title\":\"t\"}"),
            new Endpoint("command", "POST", "/api/tasks/{taskId}/assignees", WRITERS, "{}",
                         "{\"accountId\":\"x\"}"),
            command("DELETE", "/api/tasks/{taskId}/assignees/{accountId}", WRITERS, null),
            new Endpoint("command", "PUT", "/api/tasks/{taskId}/priority", WRITERS, "{}",
                         "{\"priority\":\"HIGH\"}"),
            command("PUT", "/api/tasks/{taskId}/due-date", WRITERS, "{}"),
            new Endpoint("command", "PUT", "/api/tasks/{taskId}/labels", WRITERS, "{}", "{\"labels\":[]}"),
            new Endpoint("command", "POST", "/api/tasks/{taskId}/moves", WRITERS, "{}",
                         "{\"status\":\"IN_PROGRESS\"}"),
            command("PUT", "/api/tasks/{taskId}/progress", WRITERS, "{\"percent\":10}"),
            new Endpoint("command", "POST", "/api/tasks/{taskId}/checklist", WRITERS, "{}", "{\"text\":\"t\"}"),
            new Endpoint("command", "PUT", "/api/tasks/{taskId}/checklist/{itemId}", WRITERS, "{}",
                         "{\"done\":true}"),
            command("DELETE", "/api/tasks/{taskId}/checklist/{itemId}", WRITERS, null),
            new Endpoint("command", "POST", "/api/tasks/{taskId}/comments", WRITERS, "{}", "{\"text\":\"t\"}"),
            new Endpoint("command", "PUT", "/api/tasks/{taskId}/comments/{commentId}", WRITERS, "{}",
                         "{\"text\":\"t\"}"),
            command("DELETE", "/api/tasks/{taskId}/comments/{commentId}", WRITERS, null),
            command("PUT", "/api/tasks/{taskId}/watchers/me", READERS, null),
            command("DELETE", "/api/tasks/{taskId}/watchers/me", READERS, null),
            command("POST", "/api/tasks/{taskId}/archive", WRITERS, null),
            command("POST", "/api/support/requests", READERS, "{}"),
            new Endpoint("command", "POST", "/api/support/requests/{requestId}/messages", READERS, "{}",
                         "{\"message\":\"m\"}"),
            command("POST", "/api/support/requests/{requestId}/withdraw", READERS, null),
            command("POST", "/api/admin/support/requests/{requestId}/answers", ADMIN, "{}"),
            command("POST", "/api/admin/support/requests/{requestId}/close", ADMIN, "{}"),
            query("/api/orders", READERS),
            query("/api/orders/{orderId}", READERS),
            query("/api/orders/live", READERS),
            query("/api/orders/{orderId}/live", READERS),
            query("/api/tasks/board", READERS),
            query("/api/tasks/board/live", READERS),
            query("/api/tasks/{taskId}", READERS),
            query("/api/notifications", AUTHENTICATED),
            query("/api/notifications/unread-count", AUTHENTICATED),
            query("/api/notifications/live", AUTHENTICATED),
            new Endpoint("query", "POST", "/api/notifications/{notificationId}/read", AUTHENTICATED, null, null),
            new Endpoint("query", "POST", "/api/notifications/read-all", AUTHENTICATED, null, null),
            command("GET", "/api/audit/chain/verification", EnumSet.of(Caller.AUDITOR, Caller.ADMIN), null),
            command("GET", "/api/audit/chain/export", EnumSet.of(Caller.AUDITOR, Caller.ADMIN), null),
            command("GET", "/api/audit/history/{type}/{id}", AUDITORS, null),
            query("/api/admin/projections", ADMIN),
            query("/api/support/requests", READERS),
            query("/api/support/requests/{requestId}", READERS),
            query("/api/admin/support/requests", ADMIN),
            query("/api/admin/support/requests/{requestId}", ADMIN),
            new Endpoint("query", "POST", "/api/admin/projections/{name}/rebuild", ADMIN, null, null),
            query("/api/admin/dead-letters", ADMIN),
            query("/api/admin/dead-letters/{projection}", ADMIN),
            new Endpoint("query", "POST", "/api/admin/dead-letters/{projection}/retries", ADMIN, null, null),
            command("POST", "/api/admin/dead-letters/{projection}/evictions", ADMIN, "{}"),
            query("/api/audit", AUDITORS),
            query("/api/reports/orders", SUPERVISORS),
            query("/api/reports/tasks", SUPERVISORS),
            query("/api/reports/operations", SUPERVISORS),
            query("/api/audit/export", AUDITORS),
            query("/api/me", AUTHENTICATED),
            query("/api/me/logins", AUTHENTICATED),
            query("/api/me/export", AUTHENTICATED),
            new Endpoint("query", "POST", "/api/customers/export", OWNER, "{\"phone\":\"+491234567\"}", null),
            query("/api/workspace", READERS),
            query("/api/workspace/members", SUPERVISORS),
            query("/api/workspace/members/{accountId}/logins", SUPERVISORS),
            command("GET", "/v3/api-docs", EVERYONE, null),
            command("GET", "/v3/api-docs.yaml", EVERYONE, null),
            command("GET", "/v3/api-docs/swagger-config", EVERYONE, null),
            command("GET", "/swagger-ui.html", EVERYONE, null),
            query("/v3/api-docs", EVERYONE),
            query("/v3/api-docs.yaml", EVERYONE),
            query("/v3/api-docs/swagger-config", EVERYONE),
            query("/swagger-ui.html", EVERYONE));

    private static Map<Caller, String> usernames;
    private static Workspace own;
    private static Workspace other;

    /**
     * A workspace with a member, an order, a task (assigned to its collaborator) and a support request (of its
     * collaborator) that the walk aims at.
     */
    record Workspace(Accounts.Member owner, Accounts.Member member, String orderId, String taskId,
                     String supportRequestId) {
    }

    @BeforeAll
    static void createAnAccountPerRole() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        own = workspace(owner, collaborator);
        Accounts.Member otherOwner = accounts.newOwner();
        other = workspace(otherOwner, accounts.newMember(otherOwner, "COLLABORATOR"));
        usernames = Map.of(Caller.OWNER, owner.username(),
                           Caller.COLLABORATOR, collaborator.username(),
                           Caller.AUDITOR, accounts.newMember(owner, "AUDITOR").username(),
                           Caller.ADMIN, BothApps.ADMIN_USERNAME);
    }

    @Test
    void everyEndpointOfBothAppsIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mapped.addAll(endpointsOf("command", apps.commandSide));
        mapped.addAll(endpointsOf("query", apps.querySide));

        Set<String> inMatrix = MATRIX.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).as("endpoints the apps map, compared with the matrix").isEqualTo(inMatrix);
    }

    @Test
    void everyCallerGetsExactlyWhatTheMatrixAllows() {
        List<String> violations = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            for (Caller caller : Caller.values()) {
                String token = caller == Caller.ANONYMOUS ? null : token(caller);
                Http.Response response = call(endpoint, endpoint.body(), own, token);
                if (token != null && REVOKING.contains(endpoint.key())) {
                    signInAgain(caller);
                }
                boolean allowed = endpoint.allowed().contains(caller);
                int expectedRefusal = caller == Caller.ANONYMOUS ? 401 : 403;
                if (allowed && (response.status() == 401 || response.status() == 403)) {
                    violations.add(endpoint.key() + " refused " + caller + " with " + response.status());
                } else if (!allowed && response.status() != expectedRefusal) {
                    violations.add(endpoint.key() + " answered " + caller + " with " + response.status()
                                   + " instead of " + expectedRefusal);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void idsOfAnotherWorkspaceAnswerNotFoundAndChangeNothing() {
        awaitQuery(apps.queryUrl + "/api/orders/" + other.orderId(), other.owner().token(), r -> r.status() == 200);
        awaitQuery(apps.queryUrl + "/api/admin/support/requests/" + other.supportRequestId(), token(Caller.ADMIN),
                   r -> r.status() == 200);
        List<String> violations = new ArrayList<>();
        for (Endpoint endpoint : MATRIX.stream().filter(Endpoint::scopedToWorkspace).toList()) {
            for (Caller caller : endpoint.allowed()) {
                if (caller == Caller.ADMIN || caller == Caller.ANONYMOUS) {
                    continue; // not members of any workspace
                }
                Http.Response response = call(endpoint, endpoint.otherWorkspaceBody(), other, token(caller));
                if (response.status() != 404) {
                    violations.add(endpoint.key() + " let " + caller + " reach another workspace: "
                                   + response.status());
                }
            }
        }
        assertThat(violations).isEmpty();
        Http.Response staleProbe = Http.send("POST", apps.commandUrl + "/api/orders/" + other.orderId() + "/status",
                                             "{\"status\":\"CONFIRMED\"}", token(Caller.OWNER),
                                             Map.of("If-Match", "\"99\""));
        assertThat(staleProbe.status()).as("a wrong version must not reveal that the order exists").isEqualTo(404);
        assertThat(accounts.loginResponse(other.member().username(), Accounts.PASSWORD, "ua").status())
                .as("the other workspace's member was not removed").isEqualTo(200);
    }

    private static Workspace workspace(Accounts.Member owner, Accounts.Member collaborator) {
        Accounts.Member member = accounts.newMember(owner, "AUDITOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("M-" + Accounts.unique()),
                                       owner.token()).json().get("orderId").asString();
        awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(), r -> r.status() == 200);
        Http.Response task = Http.postJson(apps.commandUrl + "/api/tasks", """
                {"title":"Pack it","assigneeIds":["%s"]}""".formatted(collaborator.accountId()), owner.token());
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        Http.Response support = Http.postJson(apps.commandUrl + "/api/support/requests",
                                              "{\"kind\":\"QUESTION\",\"subject\":\"Hi\",\"message\":\"Q\"}",
                                              collaborator.token());
        assertThat(support.status()).as(support.body()).isEqualTo(201);
        return new Workspace(owner, member, orderId, task.json().get("taskId").asString(),
                             support.json().get("requestId").asString());
    }

    private static Http.Response call(Endpoint endpoint, String body, Workspace target, String token) {
        String path = endpoint.pattern().replace("{accountId}", target.member().accountId())
                              .replace("{orderId}", target.orderId())
                              .replace("{tag}", "vip")
                              .replace("{noteId}", "00000000-0000-0000-0000-000000000000")
                              .replace("{attachmentId}", "00000000-0000-0000-0000-000000000000")
                              .replace("{taskId}", target.taskId())
                              .replace("{requestId}", target.supportRequestId())
                              .replace("{type}/{id}", "orders/" + target.orderId())
                              .replace("{name}", "no-such-projection")
                              .replace("{projection}", "no-such-projection")
                              .replace("{itemId}", "00000000-0000-0000-0000-000000000000")
                              .replace("{commentId}", "00000000-0000-0000-0000-000000000000")
                              .replace("{notificationId}", "00000000-0000-0000-0000-000000000000");
        String base = endpoint.app().equals("command") ? apps.commandUrl : apps.queryUrl;
        if (endpoint.pattern().endsWith("/live")) {
            return new Http.Response(Http.statusOfStream(base + path, token), null, "{}");
        }
        if (UPLOAD.equals(body)) {
            return Http.upload(base + path, token, Map.of("If-Match", "\"0\""), "file", "note.txt", "text/plain",
                               "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // Version 0 is current for the other workspace's untouched order, so only the workspace check can refuse.
        return Http.send(endpoint.method(), base + path, body, token, Map.of("If-Match", "\"0\""));
    }

    /**
     * The caller's token, signed in once and reused across endpoints: an Argon2id sign-in per call was most of this
     * test's time. A wrongly revoked token would show as a refusal (401) of an allowed caller, never as a pass.
     */
    private static String token(Caller caller) {
        return accounts.token(usernames.get(caller), password(caller));
    }

    /** After an endpoint that revoked the caller's tokens (see {@link #REVOKING}). */
    private static void signInAgain(Caller caller) {
        accounts.signIn(usernames.get(caller), password(caller));
    }

    private static String password(Caller caller) {
        return caller == Caller.ADMIN ? BothApps.ADMIN_PASSWORD : Accounts.PASSWORD;
    }

    private static Set<String> endpointsOf(String app, ConfigurableApplicationContext context) {
        return AppEndpoint.of(context).stream().map(e -> app + " " + e.method() + " " + e.pattern())
                          .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Endpoint command(String method, String path, Set<Caller> allowed, String body) {
        return new Endpoint("command", method, path, allowed, body, body);
    }

    private static Endpoint query(String path, Set<Caller> allowed) {
        return new Endpoint("query", "GET", path, allowed, null, null);
    }

}
