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
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side");
    }
}
