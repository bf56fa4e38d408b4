package com.orderdesk.command.order;

import com.orderdesk.command.security.Actor;
import com.orderdesk.command.web.IfMatch;
import com.orderdesk.command.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Files attached to orders: upload (multipart, part {@code file}), download and removal. Downloads are served
 * here because this side owns the file store; the query side lists attachments in the order detail.
 */
@RestController
@RequestMapping("/api/orders/{orderId}/attachments")
class AttachmentController {

    private final OrderService orders;
    private final AttachmentFiles files;
    private final RequestMetadata metadata;

    AttachmentController(OrderService orders, AttachmentFiles files, RequestMetadata metadata) {
        this.orders = orders;
        this.files = files;
        this.metadata = metadata;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<OrderVersion> upload(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        long expected = IfMatch.requiredVersion(ifMatch);
        // The declared type without parameters (e.g. "; charset=UTF-8"); the policy checks it against the bytes.
        String contentType = file.getContentType() == null ? "application/octet-stream"
                : MediaType.parseMediaType(file.getContentType()).toString().split(";")[0];
        long version = orders.attach(Actor.of(token).workspaceId(), orderId, expected, file.getOriginalFilename(),
                                     contentType, file.getBytes(), metadata.of(request));
        return ResponseEntity.created(URI.create("/api/orders/" + orderId + "/attachments"))
                             .eTag(Long.toString(version)).body(new OrderVersion(orderId, version));
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                    @PathVariable String attachmentId) {
        AttachmentFiles.Download download = files.find(Actor.of(token).workspaceId(), orderId, attachmentId)
                                                 .orElseThrow(() -> new OrderNotFound(orderId));
        AttachmentFiles.StoredFile file = download.file();
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(file.contentType()))
                             .contentLength(file.size())
                             .eTag(file.sha256())
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                             .header("X-Content-Type-Options", "nosniff")
                             .body(download.content());
    }

    @DeleteMapping("/{attachmentId}")
    ResponseEntity<OrderVersion> remove(@AuthenticationPrincipal Jwt token, @PathVariable String orderId,
                                        @PathVariable String attachmentId,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        HttpServletRequest request) {
        long version = orders.detach(Actor.of(token).workspaceId(), orderId, IfMatch.requiredVersion(ifMatch),
                                     attachmentId, metadata.of(request));
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new OrderVersion(orderId, version));
    }
}
