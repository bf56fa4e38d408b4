package com.orderdesk.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for system tests: real requests to real ports. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DEFAULT_USER_AGENT = "orderdesk-system-test/1.0";

    private Http() {
    }

    record Response(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    static Response get(String url) {
        return get(url, null);
    }

    static Response get(String url, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url)), token).GET());
    }

    static Response postJson(String url, String json) {
        return postJson(url, json, null);
    }

    static Response postJson(String url, String json, String token) {
        return send("POST", url, json, token, DEFAULT_USER_AGENT);
    }

    /** Any method; {@code json} may be null for no body. */
    static Response send(String method, String url, String json, String token, String userAgent) {
        return send(method, url, json, token, java.util.Map.of("User-Agent", userAgent));
    }

    /** Any method with extra headers (User-Agent defaults to the test's). */
    static Response send(String method, String url, String json, String token, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(url)), token);
        java.util.Map<String, String> all = new java.util.HashMap<>(java.util.Map.of("User-Agent", DEFAULT_USER_AGENT));
        all.putAll(headers);
        all.forEach(request::header);
        request
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    /** A multipart/form-data upload of one file part. */
    static Response upload(String url, String token, java.util.Map<String, String> headers, String part,
                           String fileName, String contentType, byte[] content) {
        String boundary = "orderdesk-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                       + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("User-Agent", DEFAULT_USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** The raw bytes of a GET. */
    static byte[] download(String url, String token) {
        try {
            return CLIENT.send(authorized(HttpRequest.newBuilder(URI.create(url)), token).GET().build(),
                               HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of a GET whose body may never end (a server-sent event stream); the stream is then closed. */
    static int statusOfStream(String url, String token) {
        try {
            HttpResponse<java.io.InputStream> response = CLIENT.send(
                    authorized(HttpRequest.newBuilder(URI.create(url)), token).header("Accept", "text/event-stream")
                                                                             .timeout(Duration.ofSeconds(30)).GET()
                                                                             .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            OpenApiContract.check(response.request(), response.statusCode(), response.headers(), null);
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes to a server-sent event stream; each {@code data:} line lands in the returned stream's queue. */
    static EventStream events(String url, String token) {
        try {
            HttpResponse<java.util.stream.Stream<String>> response = CLIENT.send(
                    authorized(HttpRequest.newBuilder(URI.create(url)), token).header("Accept", "text/event-stream")
                                                                             .GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            OpenApiContract.check(response.request(), response.statusCode(), response.headers(), null);
            EventStream stream = new EventStream(response.statusCode(), response.body());
            Thread reader = new Thread(() -> response.body().forEach(line -> {
                if (line.startsWith("data:")) {
                    stream.received.add(line.substring(5));
                    stream.data.add(line.substring(5));
                }
            }), "sse-reader");
            reader.setDaemon(true);
            reader.start();
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An open event stream: its status, the events not yet taken by {@link #next}, and every event received
     * (which {@link #next} never removes, so a test can check what must never have arrived).
     */
    record EventStream(int status, java.util.stream.Stream<String> lines,
                       java.util.concurrent.BlockingQueue<String> data, java.util.List<String> received)
            implements AutoCloseable {

        EventStream(int status, java.util.stream.Stream<String> lines) {
            this(status, lines, new java.util.concurrent.LinkedBlockingQueue<>(),
                 java.util.Collections.synchronizedList(new java.util.ArrayList<>()));
        }

        /** The next event's data that contains the text, waiting at most 20 s. */
        String next(String containing) throws InterruptedException {
            return next(containing, Duration.ofSeconds(20))
                    .orElseThrow(() -> new AssertionError("No event containing " + containing + " within 20 s"));
        }

        /** The next event's data that contains the text, if one arrives within {@code wait}. */
        java.util.Optional<String> next(String containing, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                String event = data.poll(Math.max(1, deadline - System.nanoTime()),
                                         java.util.concurrent.TimeUnit.NANOSECONDS);
                if (event != null && event.contains(containing)) {
                    return java.util.Optional.of(event);
                }
            }
            return java.util.Optional.empty();
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                                                        HttpResponse.BodyHandlers.ofString());
            OpenApiContract.check(response.request(), response.statusCode(), response.headers(), response.body());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
