package com.orderdesk.command.apidocs;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.command.caller.IdempotencyKey;
import com.orderdesk.command.order.ImportReport;
import com.orderdesk.web.openapi.ApiContractRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the command side's OpenAPI document cannot read from the handler signatures (see {@link ApiContractRules}).
 * The system tests validate every real response against the document, so a wrong line here fails them.
 */
@Configuration(proxyBeanMethods = false)
class CommandApiContract {

    @Bean
    ApiContractRules commandApiContractRules() {
        return new ApiContractRules()
                // Arguments the caller package resolves from these headers.
                .headerArgument(ExpectedVersion.class, "If-Match")
                .headerArgument(IdempotencyKey.class, IdempotencyKey.HEADER)
                // The same list as SecurityConfiguration's permitAll (the documents and Swagger UI aside).
                .publicOperations("POST /api/auth/register", "POST /api/auth/login",
                                  "POST /api/auth/invitations/accept", "GET /.well-known/jwks.json")
                .alsoAnswers("POST /api/auth/login", 401, 429) // wrong credentials; too many attempts
                .alsoAnswers("POST /api/auth/register", 409) // username or mobile already registered
                .alsoAnswers("POST /api/workspace/invitations", 409)
                .successStatus(201, "POST /api/auth/register", "POST /api/workspace/invitations", "POST /api/orders",
                               "POST /api/orders/{orderId}/notes", "POST /api/orders/{orderId}/attachments",
                               "POST /api/tasks", "POST /api/tasks/{taskId}/checklist",
                               "POST /api/tasks/{taskId}/comments", "POST /api/support/requests")
                .successStatus(202, "POST /api/admin/accounts/{accountId}/erasure", "POST /api/account/erasure",
                               "POST /api/orders/{orderId}/customer/erasure")
                .successStatus(204, "POST /api/admin/accounts/{accountId}/unlock", "POST /api/auth/logout",
                               "POST /api/auth/invitations/accept", "PUT /api/workspace/members/{accountId}/role",
                               "DELETE /api/workspace/members/{accountId}",
                               "POST /api/workspace/members/{accountId}/unlock", "POST /api/account/password",
                               "PUT /api/account/profile", "POST /api/account/deactivate",
                               "DELETE /api/account/erasure")
                .alsoAnswers("POST /api/orders", 409) // external order number already recorded
                // an order number recorded by someone else while an all-or-nothing import was recording it
                .alsoAnswers("POST /api/orders/imports", 409)
                .takes("POST /api/orders/imports", "text/csv", "application/x-ndjson", "application/jsonl")
                .answersWith("POST /api/orders/imports", ImportReport.class)
                .alsoAnswers("POST /api/orders/imports", 422) // rows refused (mode ALL_OR_NOTHING)
                .answersIn("GET /api/orders/{orderId}/attachments/{attachmentId}", "application/pdf", "image/png",
                           "image/jpeg", "image/gif", "text/plain", "text/csv")
                .alsoAnswers("POST /api/orders/{orderId}/attachments", 413); // over the multipart size limit
    }
}
