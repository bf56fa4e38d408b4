package com.orderdesk.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 401 and 403 from the security filters as problem details, the same in both apps; each app says how it records a
 * refused request of an authenticated caller.
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Consumer<HttpServletRequest> recordDenial;

    public SecurityProblems(Consumer<HttpServletRequest> recordDenial) {
        this.recordDenial = recordDenial;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, CommonProblemTypes.UNAUTHENTICATED, "Authentication required",
              "Send a valid access token: Authorization: Bearer <token> (from POST /api/auth/login).",
              request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        recordDenial.accept(request);
        write(response, HttpStatus.FORBIDDEN, CommonProblemTypes.FORBIDDEN, "Forbidden",
              "Your role does not allow this operation.", request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
                       String instance) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
