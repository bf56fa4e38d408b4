package com.orderdesk.command.apidocs;

import com.orderdesk.web.openapi.OperationSummaries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the command side has a summary in the OpenAPI document: its handler method's Javadoc. */
class OperationSummariesTest {

    /**
     * Until every handler method has its one-line Javadoc this test only reports the ones without; set to
     * {@code true} then, so that a handler added without Javadoc fails the build.
     */
    static final boolean REQUIRE_SUMMARIES = false;

    @Test
    void everyHandlerMethodHasJavadocForItsSummary() {
        assertThat(OperationSummaries.handlersUnder("com.orderdesk.command")).as("handler methods found").isNotEmpty();
        List<String> missing = OperationSummaries.missingUnder("com.orderdesk.command");
        if (!REQUIRE_SUMMARIES) {
            System.out.println("Operations without a summary (no Javadoc on the handler method): " + missing.size()
                               + " " + missing);
            return;
        }
        assertThat(missing).as("handler methods without Javadoc").isEmpty();
    }
}
