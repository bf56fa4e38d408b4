package com.orderdesk.command.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence for auditors and the admin: is the event store exactly what was chained and signed? */
@RestController
@RequestMapping("/api/audit/chain")
class ChainController {

    private final ChainVerifier verifier;

    ChainController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** Recomputes the chain over the whole event store and checks every link and signed checkpoint. */
    @GetMapping("/verification")
    ChainVerification verify() {
        return verifier.verify();
    }
}
