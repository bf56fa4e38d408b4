package com.orderdesk.command.order;

import com.orderdesk.web.problem.NoNulStringsModule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads import files. CSV: UTF-8, a header row, one row per line item; rows with the same external order
 * number form one order and its order-level columns come from its first row. JSON lines: one order (the body
 * of {@code POST /api/orders}) per line.
 */
@Component
class OrderImportParser {

    static final int MAX_ORDERS = 10_000;
    static final int MAX_ROWS = 100_000;

    static final List<String> ORDER_COLUMNS = List.of("external_order_number", "sales_channel", "ordered_at",
                                                      "currency", "customer_name", "customer_phone", "country",
                                                      "region", "city", "street", "postal_code", "buyer_note", "tags");
    static final List<String> LINE_COLUMNS = List.of("sku", "title", "quantity", "unit_price");
    static final Set<String> REQUIRED = Set.of("external_order_number", "currency", "sku", "title", "quantity",
                                               "unit_price");

    private final JsonMapper json = JsonMapper.builder()
                                              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                              .addModule(new NoNulStringsModule())
                                              .build();

    List<ImportedOrder> csv(Reader reader) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                                            .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            checkHeader(parser.getHeaderNames());
            Map<String, List<CSVRecord>> byOrder = new LinkedHashMap<>();
            List<ImportedOrder> unnumbered = new ArrayList<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                if (++rows > MAX_ROWS) {
                    throw new ImportFileRejected("An import has at most " + MAX_ROWS + " rows");
                }
                String number = value(record, "external_order_number");
                if (number == null) {
                    unnumbered.add(ImportedOrder.unreadable(List.of(row(record)), null,
                                                            List.of("external_order_number is empty")));
                } else {
                    byOrder.computeIfAbsent(number, n -> new ArrayList<>()).add(record);
                }
            }
            if (byOrder.size() > MAX_ORDERS) {
                throw new ImportFileRejected("An import has at most " + MAX_ORDERS + " orders");
            }
            List<ImportedOrder> orders = new ArrayList<>(byOrder.size() + unnumbered.size());
            byOrder.forEach((number, records) -> orders.add(order(number, records)));
            orders.addAll(unnumbered);
            return orders;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportFileRejected("The file is not valid CSV (RFC 4180, UTF-8, with a header row)");
        }
    }

    List<ImportedOrder> jsonLines(Reader reader) {
        List<ImportedOrder> orders = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (orders.size() == MAX_ORDERS) {
                    throw new ImportFileRejected("An import has at most " + MAX_ORDERS + " orders");
                }
                RecordOrderRequest order = null;
                try {
                    order = json.readValue(line, RecordOrderRequest.class); // "null" reads as null
                } catch (JacksonException e) {
                    // reported below as unreadable
                }
                orders.add(order != null ? ImportedOrder.readable(List.of(number), order)
                        : ImportedOrder.unreadable(List.of(number), null,
                                                   List.of("line " + number + " is not an order in JSON")));
            }
            return orders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(List<String> header) {
        Set<String> names = Set.copyOf(header);
        List<String> unknown = names.stream()
                                    .filter(n -> !ORDER_COLUMNS.contains(n) && !LINE_COLUMNS.contains(n))
                                    .sorted().toList();
        List<String> missing = REQUIRED.stream().filter(n -> !names.contains(n)).sorted().toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new ImportFileRejected("CSV header: " + (missing.isEmpty() ? "" : "missing " + missing + " ")
                                         + (unknown.isEmpty() ? "" : "unknown " + unknown));
        }
    }

    private static ImportedOrder order(String number, List<CSVRecord> records) {
        List<Integer> rows = records.stream().map(OrderImportParser::row).toList();
        List<String> errors = new ArrayList<>();
        CSVRecord first = records.get(0);
        for (String column : ORDER_COLUMNS) {
            String expected = value(first, column);
            for (CSVRecord other : records.subList(1, records.size())) {
                String value = value(other, column);
                if (value != null && !Objects.equals(value, expected)) {
                    errors.add("rows of order " + number + " disagree on " + column + " (row " + row(other) + ")");
                }
            }
        }
        List<RecordOrderRequest.Line> lines = new ArrayList<>();
        for (CSVRecord record : records) {
            Integer quantity = whole(record, "quantity", errors);
            BigDecimal price = decimal(record, "unit_price", errors);
            lines.add(new RecordOrderRequest.Line(value(record, "sku"), value(record, "title"),
                                                  quantity == null ? 0 : quantity, price));
        }
        Instant orderedAt = instant(first, errors);
        if (!errors.isEmpty()) {
            return ImportedOrder.unreadable(rows, number, errors);
        }
        OrderRequests.Address address = new OrderRequests.Address(value(first, "country"), value(first, "region"),
                                                                  value(first, "city"), value(first, "street"),
                                                                  value(first, "postal_code"));
        boolean anyAddress = Arrays.asList(address.country(), address.region(), address.city(), address.street(),
                                           address.postalCode()).stream().anyMatch(Objects::nonNull);
        String name = value(first, "customer_name");
        String phone = value(first, "customer_phone");
        OrderRequests.Customer customer = name == null && phone == null && !anyAddress ? null
                : new OrderRequests.Customer(name, phone, anyAddress ? address : null);
        String tags = value(first, "tags");
        return ImportedOrder.readable(rows, new RecordOrderRequest(
                number, value(first, "sales_channel"), orderedAt, value(first, "currency"), lines, customer,
                value(first, "buyer_note"),
                tags == null ? List.of() : Arrays.stream(tags.split(";")).map(String::strip)
                                                 .filter(t -> !t.isEmpty()).toList()));
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value;
    }

    private static Integer whole(CSVRecord record, String column, List<String> errors) {
        String value = value(record, column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(column + " in row " + row(record) + " is not a whole number");
            return null;
        }
    }

    private static BigDecimal decimal(CSVRecord record, String column, List<String> errors) {
        String value = value(record, column);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(column + " in row " + row(record) + " is not a decimal number");
            return null;
        }
    }

    private static Instant instant(CSVRecord record, List<String> errors) {
        String value = value(record, "ordered_at");
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add("ordered_at in row " + row(record) + " is not an ISO-8601 instant such as 2026-11-22T08:15:00Z");
            return null;
        }
    }

    /** Spreadsheet row number: the header is row 1. */
    private static int row(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }
}
