package com.orderdesk.command.order;

import com.orderdesk.command.web.Commands;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Creates the orders of an import file. Every order is checked first (format, then the aggregate's own rules,
 * then duplicates in the file and in the workspace) without sending anything; then the valid ones are recorded:
 * all in one transaction for ALL_OR_NOTHING, in small transactions for SKIP_INVALID.
 */
@Service
class OrderImporter {

    /** Orders per transaction when invalid ones are skipped: short transactions keep other writers moving. */
    static final int CHUNK = 200;

    private final Commands commands;
    private final Validator validator;
    private final OrderNumberRegistry orderNumbers;

    OrderImporter(Commands commands, Validator validator, OrderNumberRegistry orderNumbers) {
        this.commands = commands;
        this.validator = validator;
        this.orderNumbers = orderNumbers;
    }

    ImportReport importOrders(Actor actor, List<ImportedOrder> orders, ImportMode mode) {
        String workspaceId = actor.workspaceId();
        Map<String, String> existing = existingOrderIds(workspaceId, orders);
        Set<String> seenInFile = new HashSet<>();
        List<ImportReport.Entry> entries = new ArrayList<>(orders.size());
        List<RecordOrder> toRecord = new ArrayList<>();
        Map<String, Integer> entryIndex = new HashMap<>();
        for (ImportedOrder order : orders) {
            List<String> reasons = reasons(order, actor);
            String number = order.externalOrderNumber();
            if (!reasons.isEmpty()) {
                entries.add(entry(order, ImportReport.Outcome.INVALID, null, reasons));
            } else if (existing.containsKey(number.strip())) {
                entries.add(entry(order, ImportReport.Outcome.DUPLICATE, existing.get(number.strip()), List.of()));
            } else if (!seenInFile.add(number.strip())) {
                entries.add(entry(order, ImportReport.Outcome.DUPLICATE, null,
                                  List.of("the file has this order number more than once")));
            } else {
                RecordOrder command = order.request().toCommand(UUID.randomUUID().toString(), actor);
                entryIndex.put(command.orderId(), entries.size());
                toRecord.add(command);
                entries.add(entry(order, ImportReport.Outcome.CREATED, command.orderId(), List.of()));
            }
        }
        boolean anyInvalid = entries.stream().anyMatch(e -> e.outcome() == ImportReport.Outcome.INVALID);
        if (mode == ImportMode.ALL_OR_NOTHING && anyInvalid) {
            entries.replaceAll(e -> e.outcome() == ImportReport.Outcome.CREATED
                    ? new ImportReport.Entry(e.rows(), e.externalOrderNumber(), ImportReport.Outcome.NOT_CREATED,
                                             null, List.of())
                    : e);
            return report(mode, entries);
        }
        if (mode == ImportMode.ALL_OR_NOTHING) {
            // One transaction: a failure (e.g. a concurrent recording of the same number) fails the request whole.
            record(toRecord);
            return report(mode, entries);
        }
        for (int from = 0; from < toRecord.size(); from += CHUNK) {
            List<RecordOrder> chunk = toRecord.subList(from, Math.min(from + CHUNK, toRecord.size()));
            try {
                record(chunk);
            } catch (DuplicateExternalOrderNumber | OrderRuleViolation e) {
                // The chunk rolled back; earlier chunks stay. Say so per order, so a re-import can finish the job.
                chunk.forEach(command -> entries.set(entryIndex.get(command.orderId()), new ImportReport.Entry(
                        entries.get(entryIndex.get(command.orderId())).rows(), command.externalOrderNumber(),
                        ImportReport.Outcome.NOT_CREATED, null,
                        List.of("not created: its batch of " + chunk.size() + " failed (" + e.getMessage()
                                + "); import the file again"))));
            }
        }
        return report(mode, entries);
    }

    private void record(List<RecordOrder> chunk) {
        commands.appendingTogether(() -> chunk.forEach(commands::send));
    }

    private List<String> reasons(ImportedOrder order, Actor actor) {
        if (!order.errors().isEmpty()) {
            return order.errors();
        }
        List<String> violations = validator.validate(order.request()).stream()
                                           .map(OrderImporter::describe).sorted().toList();
        if (!violations.isEmpty()) {
            return violations;
        }
        try {
            Order.recorded(order.request().toCommand("check", actor));
            return List.of();
        } catch (OrderRuleViolation e) {
            return List.of(e.getMessage());
        }
    }

    private Map<String, String> existingOrderIds(String workspaceId, List<ImportedOrder> orders) {
        return orderNumbers.recordedOrderIds(workspaceId, orders.stream().map(ImportedOrder::externalOrderNumber)
                                                               .filter(Objects::nonNull).map(String::strip)
                                                               .distinct().toList());
    }

    private static ImportReport report(ImportMode mode, List<ImportReport.Entry> entries) {
        List<ImportReport.Entry> ordered = entries.stream()
                                                  .sorted(Comparator.comparing(e -> e.rows().get(0)))
                                                  .toList();
        return new ImportReport(mode, entries.size(), count(entries, ImportReport.Outcome.CREATED),
                                count(entries, ImportReport.Outcome.DUPLICATE),
                                count(entries, ImportReport.Outcome.INVALID), ordered);
    }

    private static int count(List<ImportReport.Entry> entries, ImportReport.Outcome outcome) {
        return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    private static ImportReport.Entry entry(ImportedOrder order, ImportReport.Outcome outcome, String orderId,
                                            List<String> reasons) {
        return new ImportReport.Entry(order.rows(), order.externalOrderNumber(), outcome, orderId, reasons);
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }
}
