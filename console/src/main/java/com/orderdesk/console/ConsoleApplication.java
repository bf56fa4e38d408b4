package com.orderdesk.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The console's edge: one origin for the browser, in front of the command side and the query side. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** It can share a JVM with both apps (system tests), so it reads its own config file, not application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ConsoleApplication.class).properties("spring.config.name=console");
    }
}
