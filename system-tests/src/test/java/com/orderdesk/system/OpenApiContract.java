package com.orderdesk.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The apps' OpenAPI documents as a contract: every response that {@link Http} receives from an API path is
 * validated (status, content type, body schema) against the {@code /v3/api-docs} of the app that sent it, and a
 * mismatch fails the test. Responses to malformed requests must match the documented problem answers too.
 */
final class OpenApiContract {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** One validator per running app (origin), built from its document on first use. */
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    /**
     * Fails with the validator's findings when the response is not one the document describes; {@code body} is
     * null for a stream whose body the test reads itself.
     */
    static void check(HttpRequest request, int status, HttpHeaders headers, String body) {
        URI uri = request.uri();
        if (!isDocumented(uri.getPath())) {
            return;
        }
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        if (uri.getPath().endsWith("/")) {
            checkUnknownPath(request.method(), uri.getPath(), status, headers, body);
            return;
        }
        check(VALIDATORS.computeIfAbsent(origin, OpenApiContract::load), request.method(), uri.getPath(), status,
              headers, body);
    }

    static void check(OpenApiInteractionValidator validator, String method, String path, int status,
                      HttpHeaders headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.map().forEach(response::withHeader);
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        if (body == null) {
            // A stream the test reads itself (server-sent events): status and content type only.
            report = ValidationReport.from(report.getMessages().stream()
                                                 .filter(m -> !m.getKey().equals("validation.response.body.missing"))
                                                 .toList());
        }
        if (report.hasErrors()) {
            throw new AssertionError("The response to " + method + " " + path + " (" + status + " "
                                     + headers.firstValue("Content-Type").orElse("no content type")
                                     + ") breaks the OpenAPI document:\n"
                                     + SimpleValidationReportFormat.getInstance().apply(report)
                                     + "Body: " + abbreviated(body));
        }
    }

    /**
     * No operation has a path with a trailing slash (Spring matches paths exactly): such a request must get the
     * answer to any unknown path, a 404 problem.
     */
    private static void checkUnknownPath(String method, String path, int status, HttpHeaders headers, String body) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        if (status != 404 || !contentType.startsWith("application/problem+json")) {
            throw new AssertionError("The unknown path " + method + " " + path + " must answer a 404 problem, not "
                                     + status + " " + contentType + ": " + abbreviated(body));
        }
    }

    /** The API and the public keys; actuator, the documents themselves and Swagger UI are not operations. */
    private static boolean isDocumented(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/.well-known/");
    }

    private static OpenApiInteractionValidator load(String origin) {
        String document = fetch(origin + "/v3/api-docs");
        keepForReading(document);
        return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                                                                   .timeout(Duration.ofSeconds(30)).GET().build(),
                                                        HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": "
                                         + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the document under target/openapi/ (named after its title) for people and tools to read. */
    private static void keepForReading(String document) {
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("\"title\"\\s*:\\s*\"([^\"]+)\"")
                                                               .matcher(document);
        String name = title.find() ? title.group(1).replaceAll("[^A-Za-z0-9-]+", "-") : "api";
        try {
            Path file = Path.of("target", "openapi", name + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "(none)" : body.length() <= 2_000 ? body : body.substring(0, 2_000) + " ...";
    }
}
