package com.orderdesk.query.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV fields: RFC 4180 quoting, exact decimals, formula defusing of user-chosen text. */
class ReportCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBeAndAmountsStayExact() {
        assertThat(ReportCsv.field("天猫 旗舰店")).isEqualTo("天猫 旗舰店");
        assertThat(ReportCsv.field("Shop, \"the best\"")).isEqualTo("\"Shop, \"\"the best\"\"\"");
        assertThat(ReportCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsv.field(" padded")).isEqualTo("\" padded\"");
        assertThat(ReportCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportCsv.field("-5")).as("text, e.g. a channel name").isEqualTo("'-5");
        assertThat(ReportCsv.field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ReportCsv.field(new BigDecimal("0.10"))).isEqualTo("0.10");
        assertThat(ReportCsv.field(0.0001)).isEqualTo("0.0001");
        assertThat(ReportCsv.field(null)).isEmpty();
    }

    @Test
    void orderReportRowsCarryTheirCurrency() {
        OrderReport report = new OrderReport(
                "Asia/Shanghai", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21), "DAY",
                List.of(new OrderReport.PeriodRow(LocalDate.of(2026, 11, 21), "CNY", 2, new BigDecimal("30.75"))),
                List.of(new OrderReport.ChannelRow("Shop, A", "CNY", 2, new BigDecimal("30.75"))),
                List.of(new OrderReport.PeriodChannelRow(LocalDate.of(2026, 11, 21), "Shop, A", 2)),
                List.of(new OrderReport.StatusRow("RECORDED", 2)), new OrderReport.Flow(2, 0, 0),
                new OrderReport.Duration(0, null, null), new OrderReport.Duration(1, 17.5, 22.6),
                new OrderReport.AfterSales(1, 0.5, List.of(new OrderReport.KindRow("RETURN", 1))),
                List.of(new OrderReport.SkuRow("TEA", "CNY", 3, new BigDecimal("30.75"))), List.of());

        assertThat(ReportCsvs.orders(report)).isEqualTo(
                "section,key,currency,orders,quantity,value,rate,average_hours,p90_hours\r\n"
                + "period,2026-11-21,CNY,2,,30.75,,,\r\n"
                + "channel,\"Shop, A\",CNY,2,,30.75,,,\r\n"
                + "status,RECORDED,,2,,,,,\r\n"
                + "flow,placed,,2,,,,,\r\n"
                + "flow,cancelled,,0,,,,,\r\n"
                + "flow,completed,,0,,,,,\r\n"
                + "duration,recorded_to_shipped,,0,,,,,\r\n"
                + "duration,shipped_to_delivered,,1,,,,17.5,22.6\r\n"
                + "after_sales,all,,1,,,0.5,,\r\n"
                + "after_sales,RETURN,,1,,,,,\r\n"
                + "top_sku_by_quantity,TEA,CNY,,3,30.75,,,\r\n");
    }
}
