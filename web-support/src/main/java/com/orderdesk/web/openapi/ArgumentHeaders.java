package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Shows the request header behind a handler argument that an argument resolver fills (see
 * {@link ApiContractRules#headerArgument}), so the header is documented and its problem answers derived.
 */
class ArgumentHeaders implements GlobalOperationCustomizer {

    private final ApiContractRules rules;

    ArgumentHeaders(ApiContractRules rules) {
        this.rules = rules;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter argument : handler.getMethodParameters()) {
            String header = rules.headerOf(argument.getParameterType());
            if (header != null && !documents(operation, header)) {
                // Optional in the document: the app answers its own problem (428) when the header is missing.
                operation.addParametersItem(new HeaderParameter().name(header).required(false)
                                                                 .schema(new StringSchema()));
            }
        }
        return operation;
    }

    private static boolean documents(Operation operation, String header) {
        return operation.getParameters() != null
               && operation.getParameters().stream().anyMatch(p -> header.equalsIgnoreCase(p.getName()));
    }
}
