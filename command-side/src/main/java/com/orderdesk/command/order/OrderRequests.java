package com.orderdesk.command.order;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.events.order.ShippingAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Bodies of the order update endpoints: format checks only; rules are the aggregate's. */
final class OrderRequests {

    private OrderRequests() {
    }

    /** The buyer's contact details. */
    record Customer(@Schema(example = "Li Wei") @Size(max = 100) String name,
                    @Schema(example = "+86 138 0013 8000") @Size(max = 32) String phone, @Valid Address address) {
        CustomerContact toContact() {
            return new CustomerContact(name, phone, address == null ? null : address.toAddress());
        }
    }

    /** A shipping address. */
    record Address(@Schema(example = "CN") @Size(max = 56) String country,
                   @Schema(example = "Zhejiang") @Size(max = 100) String region,
                   @Schema(example = "Hangzhou") @Size(max = 100) String city,
                   @Schema(example = "1 Longjing Road") @Size(max = 300) String street,
                   @Schema(example = "310000") @Size(max = 20) String postalCode) {
        ShippingAddress toAddress() {
            return new ShippingAddress(country, region, city, street, postalCode);
        }
    }

    record StatusChange(@Schema(example = "SHIPPED") @NotNull OrderStatus status,
                        @Schema(example = "Handed to the carrier") @Size(max = 500) String reason,
                        @Schema(example = "SF Express") @Size(max = 60) String carrier,
                        @Schema(example = "SF1234567890") @Size(max = 60) String trackingNumber,
                        AfterSalesKind afterSalesKind) {
        Shipment shipment() {
            return carrier == null && trackingNumber == null ? null : new Shipment(carrier, trackingNumber);
        }
    }

    record Lines(@NotEmpty @Size(max = OrderPricing.MAX_LINES) List<RecordOrderRequest.@Valid @NotNull Line> lines) {
    }

    record BuyerNote(@Schema(example = "Please deliver after 6 pm") @Size(max = 1000) String buyerNote) {
    }

    record Note(@Schema(example = "Customer called: deliver after 6 pm")
                @NotBlank @Size(max = InternalNotes.MAX_LENGTH) String text) {
    }
}
