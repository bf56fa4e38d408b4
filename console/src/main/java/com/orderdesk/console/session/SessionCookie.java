package com.orderdesk.console.session;

import com.orderdesk.console.web.Origins;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Optional;

/**
 * The browser's session: the access token in an HttpOnly, SameSite=Strict cookie, so no script ever holds it. The
 * edge keeps nothing: the cookie is the whole session, so any edge instance serves any browser.
 */
public final class SessionCookie {

    public static final String NAME = "orderdesk_session";

    private SessionCookie() {
    }

    /** The token the request's cookie carries, if any. */
    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The cookie holding the token for as long as the token lives. */
    static ResponseCookie holding(String token, long expiresInSeconds, HttpServletRequest request) {
        return base(token, request).maxAge(Duration.ofSeconds(expiresInSeconds)).build();
    }

    /** The cookie that removes the session from the browser. */
    static ResponseCookie cleared(HttpServletRequest request) {
        return base("", request).maxAge(Duration.ZERO).build();
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value, HttpServletRequest request) {
        return ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Strict").path("/")
                             .secure(Origins.isSecure(request));
    }
}
