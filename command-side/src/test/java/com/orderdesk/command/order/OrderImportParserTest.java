package com.orderdesk.command.order;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderImportParserTest {

    private static final String HEADER = "external_order_number,sales_channel,currency,customer_name,city,tags,sku,"
                                         + "title,quantity,unit_price\n";

    private final OrderImportParser parser = new OrderImportParser();

    @Test
    void rowsWithTheSameNumberFormOneOrderWithQuotedChineseText() {
        List<ImportedOrder> orders = parser.csv(new StringReader(HEADER + """
                TB-1,淘宝,CNY,王小明,杭州,vip;gift,TEA,"西湖龙井, 250g",2,88.50
                TB-1,,,,,,CUP,茶杯,1,12
                TB-2,淘宝,CNY,,,,TEA,龙井,1,88.5
                """));

        assertThat(orders).hasSize(2);
        ImportedOrder first = orders.get(0);
        assertThat(first.rows()).containsExactly(2, 3);
        assertThat(first.request().lines()).extracting(RecordOrderRequest.Line::title)
                                           .containsExactly("西湖龙井, 250g", "茶杯");
        assertThat(first.request().lines().get(1).unitPrice()).isEqualByComparingTo(new BigDecimal("12"));
        assertThat(first.request().customer().address().city()).isEqualTo("杭州");
        assertThat(first.request().tags()).containsExactly("vip", "gift");
        assertThat(orders.get(1).request().customer()).isNull();
    }

    @Test
    void unreadableValuesAndDisagreeingRowsMakeTheOrderInvalid() {
        List<ImportedOrder> orders = parser.csv(new StringReader(HEADER + """
                TB-1,淘宝,CNY,,,,TEA,Tea,two,1.00
                TB-2,淘宝,CNY,,,,TEA,Tea,1,1.00
                TB-2,天猫,CNY,,,,CUP,Cup,1,1.00
                """));

        assertThat(orders.get(0).errors()).containsExactly("quantity in row 2 is not a whole number");
        assertThat(orders.get(1).errors()).containsExactly("rows of order TB-2 disagree on sales_channel (row 4)");
    }

    @Test
    void fileWithUnknownOrMissingColumnsIsRejectedWhole() {
        assertThatThrownBy(() -> parser.csv(new StringReader("external_order_number,colour\nA,red\n")))
                .isInstanceOf(ImportFileRejected.class)
                .hasMessageContaining("missing [currency, quantity, sku, title, unit_price]")
                .hasMessageContaining("unknown [colour]");
    }

    @Test
    void jsonLinesAreOneOrderEachAndBadLinesAreReported() {
        List<ImportedOrder> orders = parser.jsonLines(new StringReader("""
                {"externalOrderNumber":"J-1","currency":"EUR","lines":[{"sku":"A","title":"A","quantity":1,"unitPrice":1}]}

                {"externalOrderNumber":
                null
                """));

        assertThat(orders).hasSize(3);
        assertThat(orders.get(2).errors()).containsExactly("line 4 is not an order in JSON");
        assertThat(orders.get(0).request().externalOrderNumber()).isEqualTo("J-1");
        assertThat(orders.get(1).rows()).containsExactly(3);
        assertThat(orders.get(1).errors()).containsExactly("line 3 is not an order in JSON");
    }
}
