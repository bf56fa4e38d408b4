package com.orderdesk.query.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as CSV (RFC 4180, CRLF line ends): a header row, then one row per figure, the first column naming its
 * section. Amounts are exact decimals as stored (never rounded or in exponent form), each next to its currency.
 * Text fields are quoted when they hold a comma, quote or line break; text a spreadsheet would run as a formula
 * (channel and display names are chosen by users) gets a leading apostrophe.
 */
final class ReportCsv {

    private final List<String> columns;
    private final StringBuilder out = new StringBuilder();

    ReportCsv(String... columns) {
        this.columns = List.of(columns);
        out.append(String.join(",", columns)).append("\r\n");
    }

    /** One row: its section, then column name and value pairs; columns not named stay empty. */
    ReportCsv row(String section, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String column = (String) namesAndValues[i];
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("No column " + column);
            }
            values.put(column, namesAndValues[i + 1]);
        }
        values.put(columns.get(0), section);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            line.append(i == 0 ? "" : ",").append(field(values.get(columns.get(i))));
        }
        out.append(line).append("\r\n");
        return this;
    }

    String text() {
        return out.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString(); // 17.0 → 17, 1.0E-4 → 0.0001
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.isEmpty() || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                        || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
