package com.orderdesk.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The console's load figures for docs/benchmarks.md, measured by the browser itself (Navigation and Resource
 * Timing): bytes over the wire and time until the page can be used, on a cold cache, for the sign-in page and for
 * the order list with 50 rows. Not part of {@code ./mvnw verify} (tag {@code benchmark}); run by
 * {@code ./benchmark.sh --console}, which writes {@code target/benchmark/console.md}. It asserts nothing about
 * speed: it reports.
 */
@Tag("benchmark")
class ConsoleLoadBenchmark extends ConsoleTest {

    private static final int RUNS = 7;

    /** Bytes and milliseconds of one page load, as the browser counted them. */
    record Load(long transferredBytes, long decodedBytes, int requests, double usableMillis) {
    }

    @Test
    void measure() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        for (int i = 0; i < 60; i++) {
            Http.Response recorded = Http.postJson(apps.commandUrl + "/api/orders", """
                    {"externalOrderNumber":"BENCH-%03d","salesChannel":"Taobao","currency":"CNY",
                     "customer":{"name":"顾客 %d"},
                     "lines":[{"sku":"TEA-%d","title":"西湖龙井 250g","quantity":2,"unitPrice":"88.50"}]}"""
                    .formatted(i, i, i), owner.token());
            if (recorded.status() != 201) {
                throw new IllegalStateException(recorded.body());
            }
        }
        Await.awaitQuery(apps.queryUrl + "/api/orders?limit=60", owner.token(),
                         r -> r.status() == 200 && r.json().get("items").size() == 60);
        String session = sessionCookie(owner.username());

        List<Load> signInCold = new ArrayList<>();
        List<Load> ordersCold = new ArrayList<>();
        List<Load> ordersWarm = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            try (Browser browser = Browser.open(apps.consoleUrl)) {
                browser.go("/favicon.svg"); // be on the console's origin to set its cookie, then start cold
                browser.clearCache();
                signInCold.add(load(browser, "/sign-in", "return document.querySelector('form button[type=submit]') !== null"));
                browser.addCookie(new Cookie.Builder("orderdesk_session", session).path("/").isHttpOnly(true)
                                                                                  .sameSite("Strict").build());
                // What signing in in the page would have noted: that this browser has a session.
                browser.script("localStorage.setItem('orderdesk.sessionExpiresAt', String(Date.now() + 3600000))");
                browser.clearCache();
                String fiftyRows = "return document.querySelectorAll('main table tbody tr').length >= 50";
                ordersCold.add(load(browser, "/orders", fiftyRows));
                ordersWarm.add(load(browser, "/orders", fiftyRows));
            }
        }
        write(signInCold, ordersCold, ordersWarm);
    }

    /** Navigates to {@code path} and answers what the browser counted until {@code usable} held. */
    @SuppressWarnings("unchecked")
    private static Load load(Browser browser, String path, String usable) {
        browser.go(path);
        // Checked on every frame inside the page, so the time is the page's own, not that of a poll from here.
        Map<String, Object> figures = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const usableNow = () => { %s };
                const report = usable => {
                  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                  done({ transferred: entries.reduce((sum, e) => sum + e.transferSize, 0),
                         decoded: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
                         requests: entries.length, usable });
                };
                const check = () => usableNow() ? report(performance.now()) : requestAnimationFrame(check);
                check();""".formatted(usable));
        return new Load(((Number) figures.get("transferred")).longValue(), ((Number) figures.get("decoded")).longValue(),
                        ((Number) figures.get("requests")).intValue(), ((Number) figures.get("usable")).doubleValue());
    }

    private String sessionCookie(String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(apps.consoleUrl + "/console/session"))
                           .header("Content-Type", "application/json")
                           .POST(HttpRequest.BodyPublishers.ofString("""
                                   {"login":"%s","password":"%s"}""".formatted(username, Accounts.PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static void write(List<Load> signIn, List<Load> ordersCold, List<Load> ordersWarm) throws IOException {
        String table = """
                | page (%d runs each, median / worst) | bytes transferred (compressed) | bytes decoded | requests | usable after (ms) |
                |---|---|---|---|---|
                %s
                %s
                %s
                """.formatted(RUNS, row("sign-in, cold cache (first visit)", signIn),
                              row("order list with 50 rows, cold cache", ordersCold),
                              row("order list with 50 rows, warm cache", ordersWarm));
        Path output = Path.of("target", "benchmark"); // system-tests/target/benchmark; benchmark.sh copies it up
        Files.createDirectories(output);
        Files.writeString(output.resolve("console.md"), table);
        System.out.println(table);
    }

    private static String row(String name, List<Load> loads) {
        return "| %s | %s | %s | %s | %s |".formatted(
                name, spread(loads.stream().map(l -> (double) l.transferredBytes()).toList(), "%,.0f"),
                spread(loads.stream().map(l -> (double) l.decodedBytes()).toList(), "%,.0f"),
                spread(loads.stream().map(l -> (double) l.requests()).toList(), "%.0f"),
                spread(loads.stream().map(Load::usableMillis).toList(), "%.0f"));
    }

    private static String spread(List<Double> values, String format) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return format.formatted(sorted.get(sorted.size() / 2)) + " / " + format.formatted(sorted.get(sorted.size() - 1));
    }
}
