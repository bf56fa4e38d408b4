package com.orderdesk.query.apidocs;

import com.orderdesk.web.openapi.OperationSummaries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the query side has a summary in the OpenAPI document: its handler method's Javadoc. */
class OperationSummariesTest {

    @Test
    void everyHandlerMethodHasJavadocForItsSummary() {
        assertThat(OperationSummaries.handlersUnder("com.orderdesk.query")).as("handler methods found").isNotEmpty();
        List<String> missing = OperationSummaries.missingUnder("com.orderdesk.query");
        assertThat(missing).as("handler methods without Javadoc").isEmpty();
    }
}
