package com.orderdesk.bench.harness;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** A shared HTTP/1.1 client speaking JSON to the apps, with a bearer token when given one. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;

    public Http(int threads) {
        // HTTP/1.1 keeps one connection per concurrent client, as browsers and API clients do.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(10))
                                .executor(Executors.newFixedThreadPool(Math.max(2, threads)))
                                .build();
    }

    /** An answer: status, body and the ETag (an aggregate version) when there is one. */
    public record Answer(int status, String body, String etag) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The version in the ETag ("3" → 3). */
        public long version() {
            return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
        }

        public Answer expectOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + ": " + abbreviate(body));
            }
            return this;
        }

        private static String abbreviate(String text) {
            return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
        }
    }

    public Answer send(String method, String url, String token, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                   .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return exchange(request.build());
    }

    /** A POST of a body that is not JSON (an import file), with its media type. */
    public Answer postRaw(String url, String token, String contentType, String body) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                                   .header("Authorization", "Bearer " + token)
                                   .header("Content-Type", contentType)
                                   .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                              response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Answer get(String url, String token) {
        return send("GET", url, token, null, null);
    }

    public Answer post(String url, String token, Object body) {
        return send("POST", url, token, body, null);
    }
}
