package com.orderdesk.console.proxy;

import com.orderdesk.console.ConsoleProperties;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;

/** The HTTP/1.1 client the edge reaches both apps with, and their base URLs. */
@Component
public class Upstreams {

    private final HttpClient client;
    private final ConsoleProperties properties;

    public Upstreams(ConsoleProperties properties) {
        this.properties = properties;
        // Redirects are the browser's business: relayed as they come.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .connectTimeout(properties.connectTimeout()).build();
    }

    public HttpClient client() {
        return client;
    }

    /** The URL of {@code pathAndQuery} (already encoded) on the given side. */
    public URI uri(Side side, String pathAndQuery) {
        URI base = side == Side.QUERY ? properties.querySideUrl() : properties.commandSideUrl();
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                                                    : base.toString();
        return URI.create(root + pathAndQuery);
    }

    public java.time.Duration responseTimeout() {
        return properties.responseTimeout();
    }
}
