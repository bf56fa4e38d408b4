package com.orderdesk.console.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The console's one HTML page, always revalidated ({@code no-cache} with an ETag): it names the scripts, so a
 * browser must see a new release's page at once, while the scripts themselves may be cached a while.
 */
@RestController
public class IndexPage {

    static final String PATH = "/index.html";
    private static final ClassPathResource INDEX = new ClassPathResource("static/index.html");

    @GetMapping({"/", PATH})
    ResponseEntity<byte[]> index(WebRequest request) throws IOException {
        if (!INDEX.exists()) {
            return ResponseEntity.notFound().build();
        }
        byte[] page;
        try (InputStream in = INDEX.getInputStream()) {
            page = in.readAllBytes();
        }
        String etag = "\"" + DigestUtils.md5DigestAsHex(page) + "\"";
        if (request.checkNotModified(etag)) {
            return null; // 304, headers already set
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).eTag(etag)
                             .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                             .body(page);
    }
}
