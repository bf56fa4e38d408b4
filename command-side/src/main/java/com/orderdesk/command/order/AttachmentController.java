package com.orderdesk.command.order;

import com.orderdesk.command.caller.ExpectedVersion;
import com.orderdesk.web.caller.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    private final OrderAttachmentStore attachments;
    private final AttachmentFiles files;

    AttachmentController(OrderAttachmentStore attachments, AttachmentFiles files) {
        this.attachments = attachments;
        this.files = files;
    }

    /** Attaches a file to the order (type checked against its bytes, size capped). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<OrderVersion> upload(Actor actor, @PathVariable String orderId,
                                        @RequestPart("file") MultipartFile file, ExpectedVersion version)
            throws IOException {
        // The declared type without parameters (e.g. "; charset=UTF-8"); the policy checks it against the bytes.
        String contentType = file.getContentType() == null ? "application/octet-stream"
                : MediaType.parseMediaType(file.getContentType()).toString().split(";")[0];
        long changed = attachments.attach(actor, orderId, version.value(), file.getOriginalFilename(), contentType,
                                          file.getBytes());
        return ResponseEntity.created(URI.create("/api/orders/" + orderId + "/attachments"))
                             .body(new OrderVersion(orderId, changed));
    }

    /** Downloads an attachment's bytes, as an attachment (never rendered inline). */
    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable String orderId, @PathVariable String attachmentId) {
        AttachmentFiles.Download download = files.find(actor.workspaceId(), orderId, attachmentId)
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

    /** Removes an attachment and deletes its bytes. */
    @DeleteMapping("/{attachmentId}")
    OrderVersion remove(Actor actor, @PathVariable String orderId, @PathVariable String attachmentId,
                        ExpectedVersion version) {
        return new OrderVersion(orderId, attachments.detach(actor, orderId, version.value(), attachmentId));
    }
}
