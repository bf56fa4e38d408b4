package com.orderdesk.command.audit;

import com.orderdesk.events.account.Role;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Tamper evidence for auditors and the admin: is the event store exactly what was chained and signed? */
@RestController
@Validated
@RequestMapping("/api/audit/chain")
class ChainController {

    private final ChainVerifier verifier;
    private final ChainExport export;
    private final EventTable eventTable;

    ChainController(ChainVerifier verifier, ChainExport export, EventTable eventTable) {
        this.eventTable = eventTable;
        this.verifier = verifier;
        this.export = export;
    }

    /**
     * The chain up to its latest signed checkpoint, for offline verification: an auditor gets their workspace's
     * rows in full and every other row as a digest; the admin gets every row.
     */
    @GetMapping(path = "/export", produces = "text/plain")
    ResponseEntity<StreamingResponseBody> export(Actor actor) {
        eventTable.require("The chain export"); // before the answer's headers go out
        String workspaceId = actor.role() == Role.ADMIN ? null : actor.workspaceId();
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "plain", StandardCharsets.US_ASCII))
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-chain.txt\"")
                             .body(out -> export.write(out, workspaceId));
    }

    /**
     * Recomputes the chain over the whole event store and checks every link and signed checkpoint; with
     * {@code expectPosition} and {@code expectHead} (from an earlier export's manifest) also that the chain still
     * runs through that head.
     */
    /** Verifies the event chain's links and signed checkpoints (optionally through an exported head). */
    @GetMapping("/verification")
    ChainVerification verify(@RequestParam(required = false) @Min(0) Long expectPosition,
                             @RequestParam(required = false) @Pattern(regexp = "[0-9a-f]{64}") String expectHead) {
        if ((expectPosition == null) != (expectHead == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give both expectPosition and expectHead");
        }
        return verifier.verify(expectPosition == null ? null
                : new ChainVerifier.Anchor(expectPosition, HexFormat.of().parseHex(expectHead)));
    }
}
