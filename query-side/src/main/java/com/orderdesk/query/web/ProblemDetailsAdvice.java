package com.orderdesk.query.web;

import com.orderdesk.web.problem.CommonProblemTypes;
import com.orderdesk.web.problem.ProblemDetailsBase;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;


/** Turns every failure into RFC 9457 problem details with a stable type; never leaks a stack trace. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsBase {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, CommonProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({InvalidCursor.class, BadParameter.class, ConstraintViolationException.class})
    ProblemDetail invalid(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, CommonProblemTypes.INVALID_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, CommonProblemTypes.INTERNAL_ERROR, "Internal error",
                       "The request could not be completed.");
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                         .map(r -> r.getMethodParameter().getParameterName() + ": "
                                   + r.getResolvableErrors().get(0).getDefaultMessage())
                         .reduce((a, b) -> a + "; " + b)
                         .orElse("Invalid request parameters.");
        return ResponseEntity.badRequest().headers(headers)
                             .body(problem(HttpStatus.BAD_REQUEST, CommonProblemTypes.INVALID_REQUEST,
                                           "Invalid request", detail));
    }
}
