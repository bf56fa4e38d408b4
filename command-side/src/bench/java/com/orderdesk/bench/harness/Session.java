package com.orderdesk.bench.harness;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A signed-in user of the system under test, with the URLs of both apps. */
public record Session(Http http, String commandUrl, String queryUrl, String token, String accountId,
                      String workspaceId) {

    /** Registers a merchant owner with a new workspace (random names, nothing personal) and signs in. */
    public static Session registerOwner(Http http, SystemUnderTest system) {
        String username = "bench" + UUID.randomUUID().toString().substring(0, 8);
        String password = "bench password " + UUID.randomUUID();
        String mobile = "+86138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String commandUrl = system.commandSide().baseUrl();
        JsonNode registered = http.post(commandUrl + "/api/auth/register", null, Map.of(
                "username", username, "mobile", mobile, "displayName", "Bench Owner", "password", password,
                "workspaceName", "Benchmark Shop")).expectOk("register").json();
        return signIn(http, system, username, password, registered.get("accountId").asString(),
                      registered.get("workspaceId").asString());
    }

    /** The platform admin configured for this run. */
    public static Session admin(Http http, SystemUnderTest system) {
        SystemUnderTest.Credentials admin = system.admin();
        return signIn(http, system, admin.username(), admin.password(), null, null);
    }

    private static Session signIn(Http http, SystemUnderTest system, String login, String password,
                                  String accountId, String workspaceId) {
        String token = http.post(system.commandSide().baseUrl() + "/api/auth/login", null,
                                 Map.of("login", login, "password", password))
                           .expectOk("login").json().get("accessToken").asString();
        return new Session(http, system.commandSide().baseUrl(), system.querySide().baseUrl(), token, accountId,
                           workspaceId);
    }

    public Http.Answer command(String method, String path, Object body, String ifMatch) {
        return http.send(method, commandUrl + path, token, body, ifMatch);
    }

    public Http.Answer query(String pathAndQuery) {
        return http.get(queryUrl + pathAndQuery, token);
    }
}
