package com.orderdesk.system;

import com.orderdesk.console.proxy.Routes;
import com.orderdesk.console.proxy.Side;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's edge in front of both apps, as a browser uses it: one origin, a cookie session, the API relayed
 * to the side that owns each operation, live views streamed through. Requests to the edge go through a client of
 * this class, not {@link Http}, whose contract check reads the OpenAPI document of the origin it calls.
 */
class ConsoleEdgeSystemTest extends SystemTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everyDocumentedOperationIsRoutedToTheAppThatDocumentsIt() {
        Map<String, Side> documented = new HashMap<>();
        documented.putAll(operations(apps.commandUrl, Side.COMMAND));
        Map<String, Side> query = operations(apps.queryUrl, Side.QUERY);
        assertThat(documented.keySet()).as("no operation is documented by both apps")
                                       .doesNotContainAnyElementsOf(query.keySet());
        documented.putAll(query);
        assertThat(query).as("the query side documents its operations").hasSizeGreaterThan(20);

        List<String> misrouted = new ArrayList<>();
        documented.forEach((operation, side) -> {
            String[] methodAndPath = operation.split(" ", 2);
            // Every path variable filled in, as a browser would send it.
            String path = methodAndPath[1].replaceAll("\\{[^}]+}", "v-1");
            if (Routes.sideFor(methodAndPath[0], path) != side) {
                misrouted.add(operation + " belongs to the " + side + " side");
            }
        });
        assertThat(misrouted).isEmpty();
    }

    /** "METHOD /path" of every /api operation the app's OpenAPI document describes. */
    private static Map<String, Side> operations(String appUrl, Side side) {
        Http.Response document = Http.get(appUrl + "/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        Map<String, Side> operations = new HashMap<>();
        for (Map.Entry<String, JsonNode> path : document.json().get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : List.of("get", "put", "post", "delete", "patch", "head")) {
                if (path.getValue().has(method)) {
                    operations.put(method.toUpperCase() + " " + path.getKey(), side);
                }
            }
        }
        return operations;
    }

    @Test
    void aSignInSetsAnHttpOnlyStrictCookieAndTheBodyHasNoToken() throws Exception {
        Accounts.Member owner = accounts.newOwner();

        HttpResponse<String> signedIn = signIn(owner.username(), Accounts.PASSWORD, Map.of());

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("orderdesk_session=").contains("HttpOnly", "SameSite=Strict", "Path=/",
                                                                      "Max-Age=").doesNotContain("Secure");
        String token = sessionOf(signedIn);
        assertThat(JSON.readTree(signedIn.body()).properties()).extracting(Map.Entry::getKey)
                                                                .containsExactly("expiresIn");
        assertThat(signedIn.body()).doesNotContain(token);

        // Behind a TLS-terminating balancer the browser's origin is https (and must match for the CSRF check).
        HttpResponse<String> overHttps = signIn(owner.username(), Accounts.PASSWORD,
                                                Map.of("X-Forwarded-Proto", "https",
                                                       "Origin", apps.consoleUrl.replace("http://", "https://")));
        assertThat(overHttps.statusCode()).as(overHttps.body()).isEqualTo(200);
        assertThat(overHttps.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    @Test
    void aWrongPasswordPassesTheCommandSidesRefusalThrough() throws Exception {
        Accounts.Member owner = accounts.newOwner();

        HttpResponse<String> refused = signIn(owner.username(), "not the password", Map.of());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anOrderIsRecordedAndReadThroughTheEdgeWithTheCookieSession() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));

        HttpResponse<String> recorded = edge("POST", "/api/orders", minimalOrder("EDGE-1"), session, sameOrigin());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String orderId = JSON.readTree(recorded.body()).get("orderId").asString();

        HttpResponse<String> read = awaitEdge("/api/orders/" + orderId, session, r -> r.statusCode() == 200);
        assertThat(JSON.readTree(read.body()).get("externalOrderNumber").asString()).isEqualTo("EDGE-1");
        assertThat(read.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(read.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void aSessionStartedAtOneEdgeWorksAtAnotherBecauseTheEdgesKeepNoState() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));

        try (ConfigurableApplicationContext second = BothApps.console(apps.commandUrl, apps.queryUrl)) {
            String url = "http://localhost:" + BothApps.port(second);
            HttpResponse<String> recorded = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/orders"))
                               .header("Cookie", "orderdesk_session=" + session)
                               .header("Content-Type", "application/json")
                               .header("Origin", url).header("Sec-Fetch-Site", "same-origin")
                               .POST(HttpRequest.BodyPublishers.ofString(minimalOrder("EDGE-2"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
    }

    @Test
    void anAuthorizationHeaderOfAProgramWinsOverTheCookie() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member other = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));

        HttpResponse<String> me = edge("GET", "/api/me", null, session,
                                       Map.of("Authorization", "Bearer " + other.token()));

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(other.username()).doesNotContain(owner.username());
    }

    @Test
    void aSignOutClearsTheCookieAndTheOldTokenNoLongerWorks() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));
        assertThat(edge("POST", "/api/orders", minimalOrder("EDGE-OUT-1"), session, sameOrigin()).statusCode())
                .isEqualTo(201);

        HttpResponse<String> signedOut = edge("DELETE", "/console/session", null, session, sameOrigin());

        assertThat(signedOut.statusCode()).isEqualTo(204);
        assertThat(signedOut.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("orderdesk_session=;").contains("Max-Age=0");
        assertThat(edge("POST", "/api/orders", minimalOrder("EDGE-OUT-2"), session, sameOrigin()).statusCode())
                .isEqualTo(401);
        accounts.signIn(owner.username(), Accounts.PASSWORD); // the helper's token was revoked with the rest
    }

    @Test
    void aCrossSiteWriteIsRefusedAndChangesNothing() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));
        String number = "EDGE-CSRF-" + UUID.randomUUID();

        HttpResponse<String> fromAttacker = edge("POST", "/api/orders", minimalOrder(number), session,
                                                 Map.of("Origin", "https://attacker.example"));
        HttpResponse<String> fromSibling = edge("POST", "/api/orders", minimalOrder(number), session,
                                                Map.of("Sec-Fetch-Site", "same-site"));

        for (HttpResponse<String> refused : List.of(fromAttacker, fromSibling)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("urn:orderdesk:problem:forbidden", "cross-site request");
        }
        assertThat(apps.database.sql("""
                                     SELECT count(*) FROM event_store.domain_event_entry
                                     WHERE convert_from(payload, 'UTF8') LIKE ?""")
                                .param("%" + number + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aLiveViewThroughTheEdgeDeliversAChangeWithinSeconds() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));
        String orderId = JSON.readTree(edge("POST", "/api/orders", minimalOrder("EDGE-LIVE"), session, sameOrigin())
                                               .body()).get("orderId").asString();
        awaitEdge("/api/orders/" + orderId, session, r -> r.statusCode() == 200);

        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(apps.consoleUrl + "/api/orders/" + orderId + "/live"))
                                           .header("Cookie", "orderdesk_session=" + session)
                                           .header("Accept", "text/event-stream")
                                           .header("Accept-Encoding", "gzip").GET().build();
        HttpResponse<Stream<String>> stream = CLIENT.send(subscribe, HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().filter(line -> line.startsWith("data:")).forEach(data::add),
                                   "edge-sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.headers().firstValue("Content-Encoding")).as("events are not buffered to compress")
                                                                      .isEmpty();
            assertThat(next(data, "\"status\":\"RECORDED\"")).contains(orderId);

            HttpResponse<String> confirmed = edge("POST", "/api/orders/" + orderId + "/status",
                                                  "{\"status\":\"CONFIRMED\"}", session,
                                                  Map.of("If-Match", "\"0\"", "Origin", apps.consoleUrl));
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

            assertThat(next(data, "\"status\":\"CONFIRMED\"")).contains("\"version\":1");
        } finally {
            stream.body().close();
        }
    }

    private static String next(BlockingQueue<String> data, String containing) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String event = data.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event != null && event.contains(containing)) {
                return event;
            }
        }
        throw new AssertionError("No event containing " + containing + " within 10 s through the edge");
    }

    @Test
    void anAttachmentRoundTripsByteForByteThroughTheEdge() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD, Map.of()));
        String orderId = JSON.readTree(edge("POST", "/api/orders", minimalOrder("EDGE-ATT"), session, sameOrigin())
                                               .body()).get("orderId").asString();
        String boundary = "edge-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\""
                       + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + PDF.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);

        HttpResponse<String> uploaded = CLIENT.send(
                HttpRequest.newBuilder(URI.create(apps.consoleUrl + "/api/orders/" + orderId + "/attachments"))
                           .header("Cookie", "orderdesk_session=" + session)
                           .header("Origin", apps.consoleUrl).header("If-Match", "\"0\"")
                           .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                           .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        JsonNode detail = JSON.readTree(
                awaitEdge("/api/orders/" + orderId, session,
                          r -> r.statusCode() == 200 && r.body().contains("invoice.pdf")).body());
        String attachmentId = detail.get("attachments").get(0).get("attachmentId").asString();
        HttpResponse<byte[]> downloaded = CLIENT.send(
                HttpRequest.newBuilder(URI.create(apps.consoleUrl + "/api/orders/" + orderId + "/attachments/"
                                                  + attachmentId))
                           .header("Cookie", "orderdesk_session=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(PDF);
        assertThat(downloaded.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("invoice.pdf"));
    }

    @Test
    void theCommandSideRecordsTheBrowsersAddressForASignInThroughTheEdge() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String browser = "203.0.113." + (10 + (int) (Math.random() * 200));
        String userAgent = "EdgeProbe/" + UUID.randomUUID();

        String session = sessionOf(signIn(owner.username(), Accounts.PASSWORD,
                                          Map.of("X-Forwarded-For", browser, "User-Agent", userAgent)));

        HttpResponse<String> logins = awaitEdge("/api/me/logins", session, r -> r.body().contains(userAgent));
        JsonNode latest = JSON.readTree(logins.body()).get(0);
        assertThat(latest.get("userAgent").asString()).isEqualTo(userAgent);
        assertThat(latest.get("clientIp").asString()).isEqualTo(browser);
    }

    @Test
    void aDeepLinkOfTheConsoleAnswersTheIndexPage() throws Exception {
        HttpResponse<String> index = edge("GET", "/", null, null, Map.of("Accept", "text/html"));
        HttpResponse<String> deepLink = edge("GET", "/orders/123", null, null,
                                             Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        for (HttpResponse<String> page : List.of(index, deepLink)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        assertThat(deepLink.body()).isEqualTo(index.body());
        assertThat(edge("GET", "/orders/123", null, null, Map.of("Accept", "application/json")).statusCode())
                .as("not a navigation").isEqualTo(404);
    }

    @Test
    void anAppThatIsDownIsA502Problem() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext lonely = BothApps.console("http://localhost:" + closed, apps.queryUrl)) {
            String url = "http://localhost:" + BothApps.port(lonely);
            HttpResponse<String> down = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/orders"))
                               .POST(HttpRequest.BodyPublishers.ofString("{}"))
                               .header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(down.statusCode()).isEqualTo(502);
            assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(down.body()).get("type").asString())
                    .isEqualTo("urn:orderdesk:problem:upstream-unavailable");
            assertThat(down.body()).doesNotContain("Exception");
        }
    }

    private static Map<String, String> sameOrigin() {
        return Map.of("Origin", apps.consoleUrl, "Sec-Fetch-Site", "same-origin");
    }

    private static HttpResponse<String> signIn(String login, String password, Map<String, String> headers)
            throws Exception {
        Map<String, String> all = new HashMap<>(sameOrigin());
        all.putAll(headers);
        return edge("POST", "/console/session", """
                {"login":"%s","password":"%s"}""".formatted(login, password), null, all);
    }

    /** The session cookie's value the answer sets. */
    private static String sessionOf(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring("orderdesk_session=".length(), cookie.indexOf(';'));
    }

    /** A request to the edge as the browser sends it: the session in its cookie, JSON bodies. */
    private static HttpResponse<String> edge(String method, String path, String json, String session,
                                             Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apps.consoleUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (session != null) {
            request.header("Cookie", "orderdesk_session=" + session);
        }
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> awaitEdge(String path, String session, Predicate<HttpResponse<String>> until) {
        return Await.until(() -> {
            try {
                return edge("GET", path, null, session, Map.of());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, until, last -> "GET " + path + " through the edge did not come true within 20 s: " + last.statusCode()
                          + " " + last.body());
    }
}
