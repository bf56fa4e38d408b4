package com.orderdesk.command.order;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private final CommandGateway commands;
    private final Validator validator;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    OrderImporter(CommandGateway commands, Validator validator, JdbcClient jdbc, TransactionTemplate transactions) {
        this.commands = commands;
        this.validator = validator;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    ImportReport importOrders(String workspaceId, List<ImportedOrder> orders, ImportMode mode, MetaData metadata) {
        Map<String, String> existing = existingOrderIds(workspaceId, orders);
        Set<String> seenInFile = new HashSet<>();
        List<ImportReport.Entry> entries = new ArrayList<>(orders.size());
        List<RecordOrder> toRecord = new ArrayList<>();
        for (ImportedOrder order : orders) {
            List<String> reasons = reasons(order, workspaceId);
            String number = order.externalOrderNumber();
            if (!reasons.isEmpty()) {
                entries.add(entry(order, ImportReport.Outcome.INVALID, null, reasons));
            } else if (existing.containsKey(number.strip())) {
                entries.add(entry(order, ImportReport.Outcome.DUPLICATE, existing.get(number.strip()), List.of()));
            } else if (!seenInFile.add(number.strip())) {
                entries.add(entry(order, ImportReport.Outcome.DUPLICATE, null,
                                  List.of("the file has this order number more than once")));
            } else {
                RecordOrder command = order.request().toCommand(UUID.randomUUID().toString(), workspaceId);
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
        int chunk = mode == ImportMode.ALL_OR_NOTHING ? Math.max(toRecord.size(), 1) : CHUNK;
        for (int from = 0; from < toRecord.size(); from += chunk) {
            List<RecordOrder> batch = toRecord.subList(from, Math.min(from + chunk, toRecord.size()));
            transactions.executeWithoutResult(status -> batch.forEach(command -> commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(metadata))));
        }
        return report(mode, entries);
    }

    private List<String> reasons(ImportedOrder order, String workspaceId) {
        if (!order.errors().isEmpty()) {
            return order.errors();
        }
        List<String> violations = validator.validate(order.request()).stream()
                                           .map(OrderImporter::describe).sorted().toList();
        if (!violations.isEmpty()) {
            return violations;
        }
        try {
            Order.recorded(order.request().toCommand("check", workspaceId));
            return List.of();
        } catch (OrderRuleViolation e) {
            return List.of(e.getMessage());
        }
    }

    private Map<String, String> existingOrderIds(String workspaceId, List<ImportedOrder> orders) {
        String[] numbers = orders.stream().map(ImportedOrder::externalOrderNumber).filter(n -> n != null)
                                 .map(String::strip).distinct().toArray(String[]::new);
        Map<String, String> existing = new HashMap<>();
        jdbc.sql("""
                 SELECT external_order_number, order_id FROM command_side.order_number_claim
                 WHERE workspace_id = ? AND external_order_number = ANY (?)""")
            .params(workspaceId, numbers)
            .query((RowCallbackHandler) rs -> existing.put(rs.getString(1), rs.getString(2)));
        return existing;
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
