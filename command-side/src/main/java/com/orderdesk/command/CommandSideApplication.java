package com.orderdesk.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side: accepts commands over HTTP, decides in aggregates, appends events to PostgreSQL. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Both apps can share one JVM (end-to-end tests), so each reads its own config file, not application.yml. */
    public static SpringApplicationBuilder builder() {
        // Axon reports anonymous usage to AxonIQ unless told not to; this product sends nothing anywhere.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side");
    }
}
