package com.orderdesk.command.web;

import com.orderdesk.command.account.AccountNotFound;
import com.orderdesk.command.account.AccountRuleViolation;
import com.orderdesk.command.account.IdentifierTaken;
import com.orderdesk.command.account.InvalidCredentials;
import com.orderdesk.command.account.PasswordPolicy;
import com.orderdesk.command.account.TooManyLoginAttempts;
import com.orderdesk.command.account.WorkspaceChangeForbidden;
import com.orderdesk.command.order.DuplicateExternalOrderNumber;
import com.orderdesk.command.order.IllegalOrderTransition;
import com.orderdesk.command.order.ImportFileRejected;
import com.orderdesk.command.order.OrderChangeForbidden;
import com.orderdesk.command.order.OrderNotFound;
import com.orderdesk.command.order.OrderRuleViolation;
import com.orderdesk.command.security.AccessDenials;
import com.orderdesk.command.support.IllegalSupportRequestTransition;
import com.orderdesk.command.support.SupportRequestForbidden;
import com.orderdesk.command.support.SupportRequestNotFound;
import com.orderdesk.command.support.SupportRuleViolation;
import com.orderdesk.command.task.IllegalTaskMove;
import com.orderdesk.command.task.TaskChangeForbidden;
import com.orderdesk.command.task.TaskNotFound;
import com.orderdesk.command.task.TaskRuleViolation;
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
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns every failure into RFC 9457 problem details with a stable type; never leaks a stack trace. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final AccessDenials accessDenials;

    ProblemDetailsAdvice(AccessDenials accessDenials) {
        this.accessDenials = accessDenials;
    }

    @ExceptionHandler(OrderRuleViolation.class)
    ProblemDetail orderRuleViolated(OrderRuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.ORDER_RULE_VIOLATED, "Order rule violated",
                       e.getMessage());
    }

    @ExceptionHandler(DuplicateExternalOrderNumber.class)
    ProblemDetail duplicateOrderNumber(DuplicateExternalOrderNumber e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_EXTERNAL_ORDER_NUMBER,
                                        "Duplicate external order number", e.getMessage());
        problem.setProperty("existingOrderId", e.existingOrderId());
        return problem;
    }

    @ExceptionHandler(IllegalOrderTransition.class)
    ProblemDetail illegalTransition(IllegalOrderTransition e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.ILLEGAL_TRANSITION,
                                        "Status change not allowed", e.getMessage());
        problem.setProperty("currentStatus", e.current());
        problem.setProperty("allowedStatuses", e.allowed().stream().sorted().toList());
        return problem;
    }

    @ExceptionHandler(IllegalTaskMove.class)
    ProblemDetail illegalTaskMove(IllegalTaskMove e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.ILLEGAL_TRANSITION, "Move not allowed",
                                        e.getMessage());
        problem.setProperty("currentStatus", e.current());
        problem.setProperty("allowedStatuses", e.allowed().stream().sorted().toList());
        return problem;
    }

    @ExceptionHandler(TaskRuleViolation.class)
    ProblemDetail taskRuleViolated(TaskRuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.TASK_RULE_VIOLATED, "Task rule violated",
                       e.getMessage());
    }

    @ExceptionHandler(IllegalSupportRequestTransition.class)
    ProblemDetail illegalSupportTransition(IllegalSupportRequestTransition e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.ILLEGAL_TRANSITION, "Not allowed now",
                                        e.getMessage());
        problem.setProperty("currentStatus", e.current());
        return problem;
    }

    @ExceptionHandler(SupportRuleViolation.class)
    ProblemDetail supportRuleViolated(SupportRuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.SUPPORT_RULE_VIOLATED,
                       "Support request rule violated", e.getMessage());
    }

    @ExceptionHandler({TaskChangeForbidden.class, OrderChangeForbidden.class, SupportRequestForbidden.class,
                       WorkspaceChangeForbidden.class})
    ProblemDetail changeForbidden(RuntimeException e, HttpServletRequest request) {
        accessDenials.record(request);
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, "Stale version",
                                        "It changed since you read it: reload, reapply your change and send the new "
                                        + "ETag in If-Match.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler(IfMatch.Missing.class)
    ProblemDetail ifMatchMissing(IfMatch.Missing e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED, "If-Match required",
                       e.getMessage());
    }

    @ExceptionHandler(ImportFileRejected.class)
    ProblemDetail importFileRejected(ImportFileRejected e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_IMPORT_FILE, "Import file rejected",
                       e.getMessage());
    }

    @ExceptionHandler(IfMatch.Malformed.class)
    ProblemDetail malformedIfMatch(IfMatch.Malformed e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(IdempotentRequests.InvalidIdempotencyKey.class)
    ProblemDetail invalidIdempotencyKey(IdempotentRequests.InvalidIdempotencyKey e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_IDEMPOTENCY_KEY, "Invalid request",
                       e.getMessage());
    }

    @ExceptionHandler({AccountNotFound.class, OrderNotFound.class, TaskNotFound.class,
                       SupportRequestNotFound.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                       "No such resource in your workspace.");
    }

    @ExceptionHandler(AccountRuleViolation.class)
    ProblemDetail accountRuleViolated(AccountRuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.ACCOUNT_RULE_VIOLATED, "Account rule violated",
                       e.getMessage());
    }

    @ExceptionHandler(IdentifierTaken.class)
    ProblemDetail identifierTaken(IdentifierTaken e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.IDENTIFIER_TAKEN, "Already registered", e.getMessage());
    }

    @ExceptionHandler(PasswordPolicy.WeakPassword.class)
    ProblemDetail weakPassword(PasswordPolicy.WeakPassword e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.WEAK_PASSWORD, "Password not accepted",
                       e.getMessage());
    }

    @ExceptionHandler(InvalidCredentials.class)
    ProblemDetail invalidCredentials(InvalidCredentials e) {
        return problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_CREDENTIALS, "Login failed", e.getMessage());
    }

    @ExceptionHandler(TooManyLoginAttempts.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyLoginAttempts e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                             .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                             .body(problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
                                           "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
                       "The request could not be completed. Quote the X-Request-Id header when reporting it.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
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
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                                        "The request body is missing or is not valid JSON of the expected shape.");
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own MVC errors (404, 405, 406, missing parameter ...) keep their status but get our stable type.
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && status.is4xxClientError()
            && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(status.value() == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.INVALID_REQUEST);
        }
        return response;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
