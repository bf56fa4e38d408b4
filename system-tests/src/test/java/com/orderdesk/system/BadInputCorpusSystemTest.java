package com.orderdesk.system;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, tried as an attacker would, on every endpoint of both apps (found from their request mappings, so a new
 * endpoint is covered at once): malformed percent-escapes in the query string, and for bodies malformed JSON, wrong
 * shapes, deep nesting, extreme numbers, NUL characters and wrong content types. Every answer must be a 4xx problem
 * detail without a class or parser name, and nothing may be stored. Then the values the issue found coerced: a
 * fractional quantity, a bare number and a year far outside any order as the order time, an instant parameter out
 * of range, a malformed escape in the path.
 */
class BadInputCorpusSystemTest extends SystemTest {

    private static final List<String> QUERIES = List.of("q=%zz", "limit=%E6%9D", "cursor=%", "from=%C0%AF");
    private static final List<String> BODIES = List.of(
            "{", "[]", "\"text\"", "123", "null", "{\"a\":", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"x\":1e999999999}", "{\"title\":\"a\\u0000b\",\"text\":\"a\\u0000b\"}", "{\"x\":\"\\ud800\"}",
            "\uFEFF{}", "{\"lines\":{\"$ne\":1}}");
    /** What an answer must never show: names of classes, packages or parsers. */
    private static final List<String> LEAKS = List.of("Exception", "java.", "tools.jackson", "org.springframework",
                                                      "org.apache", "com.orderdesk", "at line", "Unrecognized token");

    @Test
    void everyEndpointAnswersBadInputWithAProblemAndStoresNothing() {
        Accounts.Member owner = accounts.newOwner();
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("CORPUS-1"), owner.token())
                             .json().get("orderId").asString();
        long eventsBefore = businessEvents();
        List<String> findings = new ArrayList<>();
        int requests = 0;

        for (Endpoint endpoint : endpoints()) {
            String base = endpoint.url().replace("{orderId}", orderId).replaceAll("\\{[^}]+}", "x");
            for (String query : QUERIES) {
                requests++;
                check(findings, endpoint + " ?" + query,
                      raw(endpoint.method(), base + "?" + query, null, null, owner.token()));
            }
            if (endpoint.body() != null) {
                boolean list = Collection.class.isAssignableFrom(endpoint.body()) || endpoint.body().isArray();
                for (String body : BODIES) {
                    if (!(list && body.equals("[]"))) {
                        requests++;
                        check(findings, endpoint + " " + abbreviated(body),
                              raw(endpoint.method(), base, "application/json", body, owner.token()));
                    }
                }
                requests++;
                check(findings, endpoint + " as text/plain",
                      raw(endpoint.method(), base, "text/plain", "{}", owner.token()));
            }
        }

        assertThat(requests).isGreaterThan(500);
        assertThat(findings).as("answers to bad input that are not clean 4xx problems").isEmpty();
        assertThat(businessEvents()).as("events appended by bad input").isEqualTo(eventsBefore);
    }

    @Test
    void valuesThatWereOnceCoercedAreRefusedAndNeverStored() {
        Accounts.Member owner = accounts.newOwner();
        String order = """
                {"externalOrderNumber":"%s","currency":"EUR",%s
                 "lines":[{"sku":"SKU-1","title":"Item","quantity":%s,"unitPrice":"9.99"}]}""";
        long eventsBefore = businessEvents();

        List<Http.Response> refused = List.of(
                Http.postJson(apps.commandUrl + "/api/orders", order.formatted("C-1", "", "1.5"), owner.token()),
                Http.postJson(apps.commandUrl + "/api/orders", order.formatted("C-2", "", "\"2\""), owner.token()),
                Http.postJson(apps.commandUrl + "/api/orders",
                              order.formatted("C-3", "\"orderedAt\":1763631000,", "1"), owner.token()),
                Http.postJson(apps.commandUrl + "/api/orders",
                              order.formatted("C-4", "\"orderedAt\":\"+99999-01-01T00:00:00Z\",", "1"),
                              owner.token()),
                Http.postJson(apps.commandUrl + "/api/orders",
                              order.formatted("C-5", "\"orderedAt\":\"1900-01-01T00:00:00Z\",", "1"),
                              owner.token()),
                Http.get(apps.queryUrl + "/api/orders?from=%2B99999-01-01T00:00:00Z", owner.token()),
                Http.get(apps.queryUrl + "/api/audit?to=0001-01-01T00:00:00Z", owner.token()));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        });
        for (String origin : List.of(apps.commandUrl, apps.queryUrl)) {
            // Refused by Tomcat before any application sees it: still problem details, not its HTML page.
            RawResponse malformedPath = raw("GET", origin + "/api/orders/%zz", null, null, owner.token());
            assertThat(malformedPath.status()).isEqualTo(400);
            assertThat(malformedPath.contentType()).startsWith("application/problem+json");
            assertThat(malformedPath.body()).doesNotContain("Tomcat");
        }
        assertThat(businessEvents()).isEqualTo(eventsBefore);
        assertThat(Http.postJson(apps.commandUrl + "/api/orders",
                                 order.formatted("C-6", "\"orderedAt\":\"2026-11-20T09:30:00+08:00\",", "2"),
                                 owner.token()).status())
                .as("a well-formed order with an offset time is still recorded").isEqualTo(201);
    }

    private static void check(List<String> findings, String what, RawResponse response) {
        if (response.status() < 400 || response.status() > 499) {
            findings.add(what + " → " + response.status());
        } else if (!response.contentType().startsWith("application/problem+json")) {
            findings.add(what + " → " + response.status() + " " + response.contentType());
        } else {
            LEAKS.stream().filter(response.body()::contains).findFirst()
                 .ifPresent(leak -> findings.add(what + " → body shows " + leak));
        }
    }

    /** Events other than the records of refusals (ADR 0014: a 403, a refused change, a refused sign-in). */
    private static long businessEvents() {
        return apps.database.sql("""
                                 SELECT count(*) FROM event_store.domain_event_entry
                                 WHERE substring(payload_type FROM '[^.]+$') NOT IN ('AccessDenied', 'CommandRejected',
                                       'LoginFailed', 'LoginRefused', 'UnknownAccountLoginAttempted', 'AccountLocked')""")
                            .query(Long.class).single();
    }

    /** An endpoint of one of the apps, with the origin it is reached at. */
    private record Endpoint(String method, String url, Class<?> body) {

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        AppEndpoint.of(apps.commandSide)
                   .forEach(e -> endpoints.add(new Endpoint(e.method(), apps.commandUrl + e.pattern(), e.body())));
        AppEndpoint.of(apps.querySide)
                   .forEach(e -> endpoints.add(new Endpoint(e.method(), apps.queryUrl + e.pattern(), e.body())));
        return endpoints;
    }

    private record RawResponse(int status, String contentType, String body) {
    }

    /**
     * One request over a plain socket: Java's HTTP client refuses to send a malformed URI, an attacker's client does
     * not. Streams that do not end within 10 s count as answered with status 0.
     */
    private static RawResponse raw(String method, String url, String contentType, String body, String token) {
        URI uri = URI.create(url.replace("%", "%25")); // only to split host and port
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String target = url.substring(url.indexOf('/', "http://".length()));
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                                               + "\r\nAuthorization: Bearer " + token
                                               + "\r\nAccept: application/json\r\nConnection: close\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(content.length)
                .append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            String answer = readAll(socket.getInputStream());
            int endOfHead = answer.indexOf("\r\n\r\n");
            String headers = endOfHead < 0 ? answer : answer.substring(0, endOfHead);
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                                 .map(l -> l.substring("content-type:".length()).strip()).findFirst().orElse("");
            return new RawResponse(status, type, endOfHead < 0 ? "" : answer.substring(endOfHead + 4));
        } catch (SocketTimeoutException e) {
            return new RawResponse(0, "", "no answer within 10 s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 30 ? body.substring(0, 30) + "…(" + body.length() + " chars)" : body;
    }
}
