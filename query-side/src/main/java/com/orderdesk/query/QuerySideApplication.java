package com.orderdesk.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query side: projects events into PostgreSQL read models and answers queries over HTTP. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Both apps can share one JVM (end-to-end tests), so each reads its own config file, not application.yml. */
    public static SpringApplicationBuilder builder() {
        // Axon reports anonymous usage to AxonIQ unless told not to; this product sends nothing anywhere.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side");
    }
}
