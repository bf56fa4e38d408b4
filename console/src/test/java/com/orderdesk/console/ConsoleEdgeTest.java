package com.orderdesk.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge on its own, its upstreams on a port where nothing listens: what it answers itself (WebJars, headers,
 * bad input, a CSRF refusal) and how it answers when an app is down. The relaying is in ConsoleEdgeSystemTest.
 */
class ConsoleEdgeTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext edge;
    private static String url;

    @BeforeAll
    static void start() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        edge = ConsoleApplication.builder().run("--server.port=0",
                                                "--orderdesk.console.command-side-url=http://localhost:" + closed,
                                                "--orderdesk.console.query-side-url=http://localhost:" + closed);
        url = "http://localhost:" + ((WebServerApplicationContext) edge).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        edge.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheWebJarsWithoutVersionsInThePath() throws Exception {
        HttpResponse<String> litHtml = send("GET", "/webjars/lit-html/lit-html.js", null, Map.of());
        HttpResponse<String> uplot = send("GET", "/webjars/uplot/dist/uPlot.iife.min.js", null, Map.of());

        assertThat(litHtml.statusCode()).isEqualTo(200);
        assertThat(litHtml.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(litHtml.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=600");
        assertThat(litHtml.headers().firstValue("Last-Modified")).isPresent();
        assertThat(uplot.statusCode()).isEqualTo(200);
        assertThat(uplot.body()).contains("uPlot");
    }

    @Test
    void compressesTextButAValidatorStillAnswersNotModified() throws Exception {
        HttpResponse<String> gzipped = send("GET", "/webjars/lit-html/lit-html.js", null,
                                            Map.of("Accept-Encoding", "gzip"));
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");

        String lastModified = gzipped.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = send("GET", "/webjars/lit-html/lit-html.js", null,
                                          Map.of("If-Modified-Since", lastModified));
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> answer : List.of(send("GET", "/webjars/lit-html/lit-html.js", null, Map.of()),
                                                   send("GET", "/api/orders", null, Map.of()),
                                                   send("GET", "/no-such-file.js", null, Map.of()))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'",
                                                                        "frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Permissions-Policy")).isPresent();
        }
    }

    @Test
    void anAppThatIsDownIsA502Problem() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/orders?page=0", null, Map.of());

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("urn:orderdesk:problem:upstream-unavailable").doesNotContain("Exception");
    }

    @Test
    void malformedSignInsAre400Problems() throws Exception {
        for (String body : List.of("{not json", "{\"login\":\"a\"}", "[]", "{\"login\":1,\"password\":\"p\"}")) {
            HttpResponse<String> answer = send("POST", "/console/session", body,
                                               Map.of("Content-Type", "application/json"));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void aCrossSiteWriteIsRefusedBeforeItIsRelayed() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/orders", "{}",
                                           Map.of("Origin", "https://attacker.example",
                                                  "Content-Type", "application/json"));

        assertThat(answer.statusCode()).isEqualTo(403); // not 502: it never reached the (absent) command side
        assertThat(answer.body()).contains("urn:orderdesk:problem:forbidden", "cross-site request");
    }

    @Test
    void pathsTheAppsWouldReadOtherwiseAreRefused() throws Exception {
        assertThat(send("GET", "/api/%2e%2e/actuator/env", null, Map.of()).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/orders;x=1", null, Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void onlyHealthIsExposedOfTheActuator() throws Exception {
        assertThat(send("GET", "/actuator/health/readiness", null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/env", null, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aNavigationToAClientRouteIsNotAnApiCall() throws Exception {
        // Whatever the page, a deep link never reaches an upstream: not 502.
        HttpResponse<String> answer = send("GET", "/orders/123", null, Map.of("Accept", "text/html"));
        assertThat(answer.statusCode()).isNotEqualTo(502);
    }
}
