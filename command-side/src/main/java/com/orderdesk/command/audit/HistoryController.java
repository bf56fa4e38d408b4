package com.orderdesk.command.audit;

import com.orderdesk.events.account.Role;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Replays an order's, task's or account's life from the event store, step by step, with the state after each
 * event; {@code asOfSequence} or {@code asOf} stops at that point. Owners and auditors see their workspace's
 * aggregates, the admin any; anything else answers 404, as if it did not exist.
 */
@RestController
@Validated
@RequestMapping("/api/audit/history")
class HistoryController {

    private static final Map<String, String> TYPES = Map.of("orders", "Order", "tasks", "Task", "accounts", "Account");

    private final OperationHistory history;

    HistoryController(OperationHistory history) {
        this.history = history;
    }

    /** Replays an order's, task's or account's history: every change with who, when and from where, and the state. */
    @GetMapping("/{type}/{id}")
    OperationHistory.History replay(Actor actor,
                                    @PathVariable @Pattern(regexp = "orders|tasks|accounts") String type,
                                    @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id,
                                    @RequestParam(required = false) @Min(0) Long asOfSequence,
                                    @RequestParam(required = false) Instant asOf) {
        return history.of(TYPES.get(type), id, asOfSequence, asOf)
                      .filter(found -> actor.role() == Role.ADMIN
                                       || Objects.equals(found.workspaceId(), actor.workspaceId()))
                      .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                                                                     "No such " + TYPES.get(type).toLowerCase()
                                                                     + " in your workspace."));
    }
}
