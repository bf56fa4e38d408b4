package com.orderdesk.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A handler argument filled from a header is documented as that header. */
class ArgumentHeadersTest {

    record ExpectedVersion(long version) {
    }

    static class Handlers {
        void update(String orderId, ExpectedVersion version) {
        }
    }

    @Test
    void anArgumentResolvedFromIfMatchIsDocumentedAsTheHeader() throws Exception {
        ApiContractRules rules = new ApiContractRules().headerArgument(ExpectedVersion.class, "If-Match");
        HandlerMethod update = new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(
                "update", String.class, ExpectedVersion.class));

        Operation operation = new ArgumentHeaders(rules).customize(new Operation(), update);

        assertThat(operation.getParameters()).extracting(Parameter::getIn, Parameter::getName)
                                             .containsExactly(tuple("header", "If-Match"));
        assertThat(ProblemStatuses.of("PUT", operation, true)).contains(412, 428);
        assertThat(rules.resolvedArgumentTypes()).containsExactly(ExpectedVersion.class);
    }
}
