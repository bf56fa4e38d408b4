package com.orderdesk.query.privacy;

import com.orderdesk.web.caller.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The caller downloads everything OrderDesk holds about them (right of access, data portability). */
@RestController
class PersonalDataExportController {

    private final PersonalDataReads export;
    private final JsonMapper json = JsonMapper.builder().build();

    PersonalDataExportController(PersonalDataReads export) {
        this.export = export;
    }

    /** Downloads everything OrderDesk holds about the caller as one JSON document. */
    @GetMapping("/api/me/export")
    ResponseEntity<StreamingResponseBody> export(Actor actor) {
        String accountId = actor.accountId();
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                export.write(accountId, generator);
            }
        };
        return attachment("orderdesk-personal-data.json", body);
    }

    /**
     * Downloads what the workspace's orders hold about one customer, found by phone number, as one JSON document.
     * <p>
     * An owner answers a customer's access request this way. POST, so the phone number stays out of URLs and the
     * access logs that record them.
     */
    @PostMapping("/api/customers/export")
    ResponseEntity<StreamingResponseBody> exportCustomer(Actor actor,
                                                         @Valid @RequestBody CustomerExportRequest request) {
        String workspaceId = actor.workspaceId();
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                export.writeCustomer(workspaceId, request.phone(), generator);
            }
        };
        return attachment("orderdesk-customer-data.json", body);
    }

    record CustomerExportRequest(@NotNull @Pattern(regexp = "\\+?[0-9 ()-]{3,32}") String phone) {
    }

    private static ResponseEntity<StreamingResponseBody> attachment(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_JSON)
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                             .body(body);
    }
}
