package com.orderdesk.web.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * What both apps' problem-details advices share: Spring MVC's own errors (404, 405, 406, a missing parameter …) keep
 * their status but get a stable type, and every problem is built one way.
 */
public abstract class ProblemDetailsBase extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && status.is4xxClientError()
            && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(status.value() == 404 ? CommonProblemTypes.NOT_FOUND : CommonProblemTypes.INVALID_REQUEST);
        }
        return response;
    }

    /**
     * A multipart body that cannot be parsed (a malformed part header, a control character in a file name): the
     * client's fault. Too large a body keeps Spring's own 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, CommonProblemTypes.INVALID_REQUEST,
                                                        "Invalid request",
                                                        "The multipart body or one of its part headers is malformed."));
    }

    protected static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
