package com.orderdesk.console.session;

import com.orderdesk.console.proxy.ForwardedHeaders;
import com.orderdesk.console.proxy.Side;
import com.orderdesk.console.proxy.Upstreams;
import com.orderdesk.console.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs a browser in and out (backend-for-frontend): the command side issues the token, the edge puts it in the
 * session cookie and answers only how long it lives, so no script of the console ever sees a token.
 */
@RestController
@RequestMapping("/console/session")
public class SessionController {

    private static final Logger LOG = LoggerFactory.getLogger(SessionController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A refusal's headers the console needs: its problem's type and when to try again. */
    private static final List<String> REFUSAL_HEADERS = List.of("Content-Type", "Retry-After");

    private final Upstreams upstreams;

    public SessionController(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    /** Signs in with {@code {"login","password"}}; 200 {@code {"expiresIn"}} and the cookie, or the refusal. */
    @PostMapping
    void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Map<String, String>> credentials = credentials(request);
        if (credentials.isEmpty()) {
            Problems.write(response, 400, "bad-request", "Bad Request",
                           "A JSON object with the strings login and password is expected.");
            return;
        }
        HttpRequest.Builder login = HttpRequest.newBuilder(upstreams.uri(Side.COMMAND, "/api/auth/login"))
                                               .timeout(upstreams.responseTimeout())
                                               .header("Content-Type", "application/json")
                                               .POST(HttpRequest.BodyPublishers.ofByteArray(
                                                       JSON.writeValueAsBytes(credentials.get())));
        passOn(request, login);
        Optional<HttpResponse<byte[]>> answer = send(login, response);
        if (answer.isEmpty()) {
            return;
        }
        if (answer.get().statusCode() != 200) {
            passThrough(answer.get(), response);
            return;
        }
        JsonNode issued = JSON.readTree(answer.get().body());
        long expiresIn = issued.get("expiresIn").asLong();
        response.addHeader(HttpHeaders.SET_COOKIE,
                           SessionCookie.holding(issued.get("accessToken").asString(), expiresIn, request).toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("expiresIn", expiresIn)));
    }

    /** Signs out: the command side revokes the account's tokens, and the cookie is cleared; 204. */
    @DeleteMapping
    void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> token = SessionCookie.token(request);
        if (token.isPresent()) {
            HttpRequest.Builder logout = HttpRequest.newBuilder(upstreams.uri(Side.COMMAND, "/api/auth/logout"))
                                                    .timeout(upstreams.responseTimeout())
                                                    .header("Authorization", "Bearer " + token.get())
                                                    .POST(HttpRequest.BodyPublishers.noBody());
            passOn(request, logout);
            Optional<HttpResponse<byte[]>> answer = send(logout, response);
            if (answer.isEmpty()) {
                return;
            }
            int status = answer.get().statusCode();
            // 401: the token had expired or was revoked already; the browser is signed out either way.
            if (status != 204 && status != 401) {
                passThrough(answer.get(), response);
                return;
            }
        }
        response.addHeader(HttpHeaders.SET_COOKIE, SessionCookie.cleared(request).toString());
        response.setStatus(204);
    }

    /** The sign-in's body, if it is a JSON object with a string login and password. */
    private static Optional<Map<String, String>> credentials(HttpServletRequest request) throws IOException {
        try {
            JsonNode body = JSON.readTree(request.getInputStream().readNBytes(64 * 1024));
            if (body == null || !body.isObject() || !body.path("login").isString()
                || !body.path("password").isString()) {
                return Optional.empty();
            }
            return Optional.of(Map.of("login", body.get("login").asString(), "password",
                                      body.get("password").asString()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The command side records the browser's address and agent for a sign-in, as if it had come directly. */
    private static void passOn(HttpServletRequest request, HttpRequest.Builder to) {
        String userAgent = request.getHeader("User-Agent");
        if (userAgent != null) {
            to.header("User-Agent", userAgent);
        }
        String language = request.getHeader("Accept-Language");
        if (language != null) {
            to.header("Accept-Language", language);
        }
        ForwardedHeaders.forwarded(request, to);
    }

    private Optional<HttpResponse<byte[]>> send(HttpRequest.Builder request, HttpServletResponse response)
            throws IOException {
        try {
            return Optional.of(upstreams.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (HttpTimeoutException e) {
            LOG.warn("The command side did not answer a session request in time");
            Problems.write(response, 504, "upstream-timeout", "Gateway Timeout",
                           "The command side did not answer in time.");
        } catch (IOException e) {
            LOG.warn("The command side is unreachable for a session request ({})", e.getClass().getSimpleName());
            Problems.write(response, 502, "upstream-unavailable", "Bad Gateway", "The command side is not reachable.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** A refusal as the command side gave it: status, problem body, Retry-After. */
    private static void passThrough(HttpResponse<byte[]> answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.statusCode());
        for (String name : REFUSAL_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> response.setHeader(name, value));
        }
        response.getOutputStream().write(answer.body());
    }
}
