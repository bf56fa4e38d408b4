package com.orderdesk.console.proxy;

import com.orderdesk.console.session.SessionCookie;
import com.orderdesk.console.web.Problems;
import com.orderdesk.console.web.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Relays {@code /api/**} to the side {@link Routes} names: request body in, answer out, both streamed, the answer
 * flushed after every chunk so server-sent events reach the browser as they happen. Blocking on a virtual thread.
 */
@RestController
public class ApiProxy {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxy.class);
    /** The largest body relayed (an import file); the apps have their own, smaller limits per operation. */
    static final long MAX_BODY = 32L * 1024 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
                                                         "trailer", "upgrade");
    /** Paths the upstream would read differently from the route table: dot segments, encoded slashes, ... */
    private static final List<String> AMBIGUOUS = List.of("/.", "//", "%2e", "%2f", "%5c", "\\", ";");

    private final Upstreams upstreams;
    private final LiveRelays liveRelays;

    public ApiProxy(Upstreams upstreams, LiveRelays liveRelays) {
        this.upstreams = upstreams;
        this.liveRelays = liveRelays;
    }

    @RequestMapping("/api/**")
    void relay(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String lowerPath = path.toLowerCase(Locale.ROOT);
        if (AMBIGUOUS.stream().anyMatch(lowerPath::contains)) {
            Problems.write(response, 400, "bad-request", "Bad Request", "The path is not in canonical form.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            Problems.write(response, 413, "payload-too-large", "Content Too Large",
                           "The body is larger than " + MAX_BODY + " bytes.");
            return;
        }
        Side side = Routes.sideFor(request.getMethod(), path);
        String query = request.getQueryString();
        HttpRequest.Builder upstream = HttpRequest.newBuilder(upstreams.uri(side, query == null ? path
                                                                                                 : path + "?" + query));
        ForwardedHeaders.copy(request, upstream);
        if (request.getHeader("Authorization") == null) {
            // A program's own Authorization header wins; a browser's session cookie stands in for it otherwise.
            SessionCookie.token(request).ifPresent(token -> upstream.header("Authorization", "Bearer " + token));
        }
        if (!wantsEventStream(request)) {
            upstream.timeout(upstreams.responseTimeout()); // to the answer's headers; live views wait an hour
        }
        upstream.method(request.getMethod(), body(request));

        HttpResponse<InputStream> answer;
        try {
            answer = upstreams.client().send(upstream.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) { // connecting (HttpConnectTimeoutException) or awaiting the answer
            LOG.warn("The {} side did not answer {} in time ({})", side, request.getMethod(),
                     e.getClass().getSimpleName());
            Problems.write(response, 504, "upstream-timeout", "Gateway Timeout",
                           "The " + side.name().toLowerCase(Locale.ROOT) + " side did not answer in time.");
            return;
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("The {} side is unreachable for {} ({})", side, request.getMethod(), e.getClass().getSimpleName());
            Problems.write(response, 502, "upstream-unavailable", "Bad Gateway",
                           "The " + side.name().toLowerCase(Locale.ROOT) + " side is not reachable.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        relayAnswer(answer, response);
    }

    private void relayAnswer(HttpResponse<InputStream> answer, HttpServletResponse response) {
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !lower.startsWith("proxy-")
                && !SecurityHeaders.NAMES.contains(lower)) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        boolean eventStream = answer.headers().firstValue("Content-Type")
                                    .filter(type -> type.startsWith("text/event-stream")).isPresent();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream body = answer.body()) {
            OutputStream out;
            try {
                out = response.getOutputStream();
                response.flushBuffer(); // a live view's headers go out before its first event
            } catch (IOException browserGone) {
                return;
            }
            AutoCloseable live = eventStream ? liveRelays.open(body) : () -> { };
            try (live) {
                copy(body, buffer, out);
            }
        } catch (Exception upstreamBroke) {
            // The answer was under way (or the edge is stopping): nothing to tell the browser but the end.
            LOG.debug("An upstream answer ended early ({})", upstreamBroke.getClass().getSimpleName());
        }
    }

    /** Reads the upstream and writes and flushes each chunk as it comes; returns quietly when the browser has gone. */
    private static void copy(InputStream body, byte[] buffer, OutputStream browser) throws IOException {
        int read;
        while ((read = body.read(buffer)) != -1) {
            try {
                browser.write(buffer, 0, read);
                browser.flush();
            } catch (IOException browserGone) {
                return; // closing the body (the caller's try-with-resources) ends the upstream request too
            }
        }
    }

    /** The browser's body as it arrives; its length kept when it sent one (uploads show their progress upstream). */
    private static BodyPublisher body(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length == 0 || (length < 0 && !chunked)) {
            return BodyPublishers.noBody();
        }
        BodyPublisher stream = BodyPublishers.ofInputStream(() -> {
            try {
                return request.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return length > 0 ? BodyPublishers.fromPublisher(stream, length) : stream;
    }

    private static boolean wantsEventStream(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/event-stream");
    }
}
