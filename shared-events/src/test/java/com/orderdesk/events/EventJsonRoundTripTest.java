package com.orderdesk.events;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.ShippingAddress;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events are stored as JSON; a record must survive the trip with exact decimals. */
class EventJsonRoundTripTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void orderRecordedSurvivesJsonRoundTripWithExactAmounts() {
        var event = new OrderRecorded("o-1", "w-1", "EXT-1", "Tmall 旗舰店", Instant.parse("2026-11-01T08:00:00Z"),
                                      "CNY", List.of(new OrderLine("SKU-1", "茶杯", 3, new BigDecimal("19.90"),
                                                                   new BigDecimal("59.70"))),
                                      new BigDecimal("59.70"),
                                      new CustomerContact("王小明", "+8613800000000",
                                                          new ShippingAddress("CN", "浙江", "杭州", "西湖路 1 号", "310000")),
                                      "请尽快发货", List.of("vip", "gift"));

        String json = mapper.writeValueAsString(event);
        OrderRecorded back = mapper.readValue(json, OrderRecorded.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.total()).isEqualByComparingTo("59.70").hasScaleOf(2);
    }
}
