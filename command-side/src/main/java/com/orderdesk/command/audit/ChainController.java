package com.orderdesk.command.audit;

import com.orderdesk.command.security.Actor;
import com.orderdesk.events.account.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;

/** Tamper evidence for auditors and the admin: is the event store exactly what was chained and signed? */
@RestController
@RequestMapping("/api/audit/chain")
class ChainController {

    private final ChainVerifier verifier;
    private final ChainExport export;

    ChainController(ChainVerifier verifier, ChainExport export) {
        this.verifier = verifier;
        this.export = export;
    }

    /**
     * The chain up to its latest signed checkpoint, for offline verification: an auditor gets their workspace's
     * rows in full and every other row as a digest; the admin gets every row.
     */
    @GetMapping(path = "/export", produces = "text/plain")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Jwt token) {
        Actor actor = Actor.of(token);
        String workspaceId = actor.role() == Role.ADMIN ? null : actor.workspaceId();
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "plain", StandardCharsets.US_ASCII))
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-chain.txt\"")
                             .body(out -> export.write(out, workspaceId));
    }

    /** Recomputes the chain over the whole event store and checks every link and signed checkpoint. */
    @GetMapping("/verification")
    ChainVerification verify() {
        return verifier.verify();
    }
}
