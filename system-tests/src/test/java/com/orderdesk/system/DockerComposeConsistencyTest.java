package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this keeps it consistent with what the apps read:
 * ports, the axonserver profile, the environment variables, and the jars the build produces.
 */
class DockerComposeConsistencyTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsBothAppsOnTheirConfiguredPortsWithTheAxonServerProfile() throws IOException {
        Map<String, Object> services = section(load(PROJECT.resolve("docker-compose.yml")), "services");
        assertThat(services).containsKeys("postgres", "axonserver", "command-side", "query-side");

        for (String app : List.of("command-side", "query-side")) {
            Map<String, Object> service = section(services, app);
            Map<String, Object> env = section(service, "environment");
            int port = (Integer) section(load(app + ".yml"), "server").get("port");

            assertThat((List<Object>) service.get("ports")).as(app + " ports").contains(port + ":" + port);
            assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("axonserver");
            assertThat(getClass().getResource("/" + app + "-axonserver.yml")).as(app + " profile file").isNotNull();
            assertThat(env).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                                         "SPRING_DATASOURCE_PASSWORD", "AXONSERVER_SERVERS");
            assertThat(String.valueOf(section(section(load(app + "-axonserver.yml"), "axon"), "axonserver")
                                              .get("servers")))
                    .as("the profile reads the variable compose sets").contains("${AXONSERVER_SERVERS");
            assertThat(service).containsKey("healthcheck");
            String jar = ((List<?>) service.get("volumes")).get(0).toString().split(":")[0];
            assertThat(jar).as("compose mounts the jar the build produces")
                           .isEqualTo("./" + app + "/target/" + app + "-" + projectVersion() + "-exec.jar");
        }
        assertThat(section(section(services, "query-side"), "environment").get("ORDERDESK_JWK_SET_URI"))
                .as("the query side verifies tokens with the command side's published key")
                .isEqualTo("http://command-side:8080/.well-known/jwks.json");
        assertThat(String.valueOf(section(section(load("query-side.yml"), "orderdesk"), "security").get("jwk-set-uri")))
                .contains("${ORDERDESK_JWK_SET_URI");
        assertThat(section(section(services, "command-side"), "environment")).containsKey("ORDERDESK_DATA_DIR");
        for (String infra : List.of("postgres", "axonserver")) {
            assertThat(section(services, infra)).as(infra).containsKey("healthcheck");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheConsoleEdgeInFrontOfBothApps() throws IOException {
        Map<String, Object> services = section(load(PROJECT.resolve("docker-compose.yml")), "services");
        Map<String, Object> console = section(services, "console");
        Map<String, Object> env = section(console, "environment");
        Map<String, Object> config = load("console.yml");
        int port = (Integer) section(config, "server").get("port");

        assertThat((List<Object>) console.get("ports")).contains(port + ":" + port);
        assertThat(console).containsKey("healthcheck");
        assertThat(env.get("ORDERDESK_COMMAND_SIDE_URL")).isEqualTo("http://command-side:8080");
        assertThat(env.get("ORDERDESK_QUERY_SIDE_URL")).isEqualTo("http://query-side:8081");
        Map<String, Object> edge = section(section(config, "orderdesk"), "console");
        assertThat(String.valueOf(edge.get("command-side-url"))).contains("${ORDERDESK_COMMAND_SIDE_URL");
        assertThat(String.valueOf(edge.get("query-side-url"))).contains("${ORDERDESK_QUERY_SIDE_URL");
        String jar = ((List<?>) console.get("volumes")).get(0).toString().split(":")[0];
        assertThat(jar).isEqualTo("./console/target/console-" + projectVersion() + "-exec.jar");
        assertThat(section(section(services, "command-side"), "environment"))
                .as("the command side believes the edge's X-Forwarded-For").containsKey("ORDERDESK_TRUSTED_PROXIES");
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        int artifact = pom.indexOf("<artifactId>orderdesk</artifactId>");
        int start = pom.indexOf("<version>", artifact) + "<version>".length();
        return pom.substring(start, pom.indexOf("</version>", start));
    }

    private Map<String, Object> load(String classpathResource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + classpathResource)) {
            assertThat(in).as(classpathResource).isNotNull();
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
