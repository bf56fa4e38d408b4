package com.orderdesk.query.audit;

import com.orderdesk.events.account.Role;
import com.orderdesk.query.list.Page;
import com.orderdesk.query.web.BadParameter;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail for auditors and owners (their workspace) and the platform admin (everything): search with
 * cursor paging, and exports that stream row by row as NDJSON or CSV.
 */
@RestController
@Validated
@RequestMapping("/api/audit")
class AuditController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final AuditTrailReads entries;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditController(AuditTrailReads entries) {
        this.entries = entries;
    }

    /**
     * Searches the audit trail, newest first, a page at a time.
     * <p>
     * Filters combine; {@code workspace} is for the admin (others see their own).
     */
    @GetMapping
    AuditPage search(Actor caller,
                     @RequestParam(required = false) @Pattern(regexp = ID) String actor,
                     @RequestParam(required = false) @Pattern(regexp = "Order|Task|Account|Workspace") String aggregateType,
                     @RequestParam(required = false) @Pattern(regexp = ID) String aggregateId,
                     @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{1,100}") String eventType,
                     @RequestParam(required = false) @Pattern(regexp = "[0-9A-Fa-f.:]{1,64}") String ip,
                     @RequestParam(required = false) @Pattern(regexp = "SUCCEEDED|FAILED|DENIED|REJECTED") String outcome,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(required = false) @Pattern(regexp = ID) String workspace,
                     @RequestParam(required = false) @Size(max = 200) String cursor,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        AuditFilter filter = filter(caller, workspace, actor, aggregateType, aggregateId, eventType, ip, outcome, from,
                                    to);
        Page<AuditEntry> page = entries.page(filter, cursor, limit);
        return new AuditPage(page.items(), page.nextCursor());
    }

    /**
     * Exports every matching audit entry, oldest first, as a streamed download.
     * <p>
     * {@code format} ndjson (one JSON object per line) or csv.
     */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(Actor caller,
                                                 @RequestParam(defaultValue = "ndjson") @Pattern(regexp = "ndjson|csv") String format,
                                                 @RequestParam(required = false) @Pattern(regexp = ID) String actor,
                                                 @RequestParam(required = false) @Pattern(regexp = "Order|Task|Account|Workspace") String aggregateType,
                                                 @RequestParam(required = false) @Pattern(regexp = ID) String aggregateId,
                                                 @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{1,100}") String eventType,
                                                 @RequestParam(required = false) @Pattern(regexp = "[0-9A-Fa-f.:]{1,64}") String ip,
                                                 @RequestParam(required = false) @Pattern(regexp = "SUCCEEDED|FAILED|DENIED|REJECTED") String outcome,
                                                 @RequestParam(required = false) Instant from,
                                                 @RequestParam(required = false) Instant to,
                                                 @RequestParam(required = false) @Pattern(regexp = ID) String workspace) {
        AuditFilter filter = filter(caller, workspace, actor, aggregateType, aggregateId, eventType, ip, outcome, from,
                                    to);
        boolean csv = format.equals("csv");
        StreamingResponseBody body = out -> {
            if (csv) {
                write(out, AuditCsv.HEADER);
            }
            entries.each(filter, entry -> {
                try {
                    if (csv) {
                        write(out, AuditCsv.line(entry));
                    } else {
                        out.write(json.writeValueAsBytes(entry));
                        out.write('\n');
                    }
                } catch (java.io.IOException e) {
                    throw new SQLException("The client went away during the export", e);
                }
            });
        };
        return ResponseEntity.ok()
                             .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                              : MediaType.parseMediaType("application/x-ndjson"))
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     "attachment; filename=\"audit-trail." + format + "\"")
                             .body(body);
    }

    private static AuditFilter filter(Actor caller, String workspace, String actor, String aggregateType,
                                      String aggregateId, String eventType, String ip, String outcome, Instant from,
                                      Instant to) {
        for (Instant bound : new Instant[]{from, to}) {
            if (bound != null && !AuditFilter.inRange(bound)) {
                throw new BadParameter("from and to must lie between 1970 and 9999");
            }
        }
        boolean admin = caller.role() == Role.ADMIN;
        if (!admin && workspace != null && !workspace.equals(caller.workspaceId())) {
            throw new BadParameter("workspace is for the platform admin; you see your own workspace");
        }
        String scope = admin ? workspace : caller.workspaceId();
        return new AuditFilter(scope, admin && workspace == null, actor, aggregateType, aggregateId, eventType, ip,
                               outcome, from, to);
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of the trail; {@code nextCursor} is null on the last page. */
    record AuditPage(List<AuditEntry> items, String nextCursor) {
    }
}
