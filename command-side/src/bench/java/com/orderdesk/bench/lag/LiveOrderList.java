package com.orderdesk.bench.lag;

import com.orderdesk.bench.harness.Http;
import com.orderdesk.bench.harness.Session;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client watching the owner's live order list: notes when (System.nanoTime) each order first arrived as an
 * "order" event. Its own connection and thread, so no request of the measured load waits behind it.
 */
final class LiveOrderList implements AutoCloseable {

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final InputStream body;
    private final Thread reader;

    private LiveOrderList(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "live-order-list");
        reader.setDaemon(true);
        reader.start();
    }

    static LiveOrderList watch(Session owner) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(owner.queryUrl() + "/api/orders/live"))
                                         .header("Authorization", "Bearer " + owner.token())
                                         .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/orders/live answered " + response.statusCode());
            }
            return new LiveOrderList(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET /api/orders/live failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    Long arrival(String orderId) {
        return arrivals.get(orderId);
    }

    /** Waits until every one of the orders arrived, or the timeout passed. */
    void awaitAll(Collection<String> orderIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !arrivals.keySet().containsAll(orderIds)) {
            Thread.sleep(10);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:") && "order".equals(event)) {
                    long now = System.nanoTime();
                    JsonNode order = Http.JSON.readTree(line.substring("data:".length()));
                    arrivals.putIfAbsent(order.get("orderId").asString(), now);
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (IOException e) {
            // closed at the end of the figure
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing left to read
        }
    }
}
