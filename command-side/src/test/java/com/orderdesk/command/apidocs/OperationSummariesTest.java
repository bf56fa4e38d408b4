package com.orderdesk.command.apidocs;

import com.orderdesk.web.openapi.OperationSummaries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the command side has a summary in the OpenAPI document: its handler method's Javadoc. */
class OperationSummariesTest {

    @Test
    void everyHandlerMethodHasJavadocForItsSummary() {
        assertThat(OperationSummaries.handlersUnder("com.orderdesk.command")).as("handler methods found").isNotEmpty();
        List<String> missing = OperationSummaries.missingUnder("com.orderdesk.command");
        assertThat(missing).as("handler methods without Javadoc").isEmpty();
    }
}
