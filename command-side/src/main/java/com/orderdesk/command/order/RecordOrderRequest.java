package com.orderdesk.command.order;

import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.web.caller.Actor;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /api/orders} (and one row of an import): format checks only; business rules are the
 * aggregate's. The workspace is the caller's, from their access token.
 */
public record RecordOrderRequest(
        @Schema(example = "TB-20261120-1001") @NotBlank @Size(max = 128) String externalOrderNumber,
        @Schema(example = "Taobao flagship store") @Size(max = 120) String salesChannel,
        @Schema(example = "2026-11-20T09:30:00Z") Instant orderedAt,
        @Schema(example = "CNY")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY or EUR") String currency,
        @NotEmpty @Size(max = OrderPricing.MAX_LINES) List<@Valid @NotNull Line> lines,
        @Valid OrderRequests.Customer customer,
        @Schema(example = "Please gift-wrap") @Size(max = 1000) String buyerNote,
        @Schema(example = "[\"vip\"]") @Size(max = Order.MAX_TAGS) List<@NotBlank @Size(max = 40) String> tags) {

    /** One requested line item. */
    public record Line(
            @Schema(example = "TEA-1") @NotBlank @Size(max = 64) String sku,
            @Schema(example = "Longjing green tea, 250 g") @NotBlank @Size(max = 300) String title,
            @Schema(example = "2") @Min(1) @Max(1_000_000) int quantity,
            @Schema(example = "88.50")
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitPrice) {

        RecordOrder.Line toCommand() {
            return new RecordOrder.Line(sku.strip(), title.strip(), quantity, unitPrice);
        }
    }

    RecordOrder toCommand(String orderId, Actor actor) {
        CustomerContact contact = customer == null ? null : customer.toContact();
        return new RecordOrder(orderId, actor, externalOrderNumber.strip(), salesChannel, orderedAt, currency,
                               lines.stream().map(Line::toCommand).toList(), contact, buyerNote, tags);
    }
}
