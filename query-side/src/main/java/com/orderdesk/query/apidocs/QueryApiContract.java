package com.orderdesk.query.apidocs;

import com.orderdesk.query.report.OperationsReport;
import com.orderdesk.query.report.OrderReport;
import com.orderdesk.query.report.TaskReport;
import com.orderdesk.web.openapi.ApiContractRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the query side's OpenAPI document cannot read from the handler signatures (see {@link ApiContractRules}).
 * The system tests validate every real response against the document, so a wrong line here fails them.
 */
@Configuration(proxyBeanMethods = false)
class QueryApiContract {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";

    @Bean
    ApiContractRules queryApiContractRules() {
        return new ApiContractRules()
                .successStatus(204, "POST /api/notifications/{notificationId}/read")
                // Streamed answers: the handler writes the bytes itself.
                .answersIn("GET /api/audit/export", "application/x-ndjson", CSV)
                .answersIn("GET /api/me/export", JSON)
                .answersIn("POST /api/customers/export", JSON)
                // Reports answer JSON or, with format=csv, a CSV file.
                .answersIn("GET /api/reports/orders", JSON, CSV)
                .answersWith("GET /api/reports/orders", OrderReport.class)
                .answersIn("GET /api/reports/tasks", JSON, CSV)
                .answersWith("GET /api/reports/tasks", TaskReport.class)
                .answersIn("GET /api/reports/operations", JSON, CSV)
                .answersWith("GET /api/reports/operations", OperationsReport.class)
                // The caller's own account and workspace until the projection has them.
                .alsoAnswers("GET /api/me", 404)
                .alsoAnswers("GET /api/workspace", 404);
    }
}
