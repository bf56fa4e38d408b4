package com.orderdesk.command.web;

import com.orderdesk.command.caller.AccessDenials;
import com.orderdesk.command.refusal.Forbidden;
import com.orderdesk.command.refusal.NotFound;
import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.Refusal;
import com.orderdesk.web.problem.CommonProblemTypes;
import com.orderdesk.web.problem.ProblemDetailsBase;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure into RFC 9457 problem details with a stable type; never leaks a stack trace. Features refuse
 * with a {@link Refusal} of one of a few kinds; this maps the kind, never a feature's own exception.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsBase {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final AccessDenials accessDenials;

    ProblemDetailsAdvice(AccessDenials accessDenials) {
        this.accessDenials = accessDenials;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
        if (refusal instanceof Forbidden) {
            accessDenials.record(request);
        }
        ProblemDetail problem = problem(HttpStatus.valueOf(refusal.status()), refusal.type(), refusal.title(),
                                        refusal.detail());
        refusal.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status());
        refusal.headers().forEach(response::header);
        return response.body(problem);
    }

    /** Axon's own "no such aggregate": the same answer as a feature's {@link NotFound}. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e, HttpServletRequest request) {
        return refused(new NotFound(e.getMessage()), request);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, "Stale version",
                                        "It changed since you read it: reload, reapply your change and send the new "
                                        + "ETag in If-Match.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, CommonProblemTypes.INTERNAL_ERROR, "Internal error",
                       "The request could not be completed. Quote the X-Request-Id header when reporting it.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, CommonProblemTypes.INVALID_REQUEST, "Invalid request",
                                        "The request body has invalid fields.");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                                            .sorted(Comparator.comparing(FieldError::getField))
                                            .map(error -> Map.of("field", error.getField(),
                                                                 "message", String.valueOf(error.getDefaultMessage())))
                                            .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // The parser's message can quote the payload back; say only what is wrong in general.
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, CommonProblemTypes.INVALID_REQUEST, "Invalid request",
                                        "The request body is missing or is not valid JSON of the expected shape.");
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }
}
