package com.orderdesk.command.order;

import com.orderdesk.events.order.AfterSalesKind;
import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.OrderStatus;
import com.orderdesk.events.order.Shipment;
import com.orderdesk.events.order.ShippingAddress;
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
    record Customer(@Size(max = 100) String name, @Size(max = 32) String phone, @Valid Address address) {
        CustomerContact toContact() {
            return new CustomerContact(name, phone, address == null ? null : address.toAddress());
        }
    }

    /** A shipping address. */
    record Address(@Size(max = 56) String country, @Size(max = 100) String region, @Size(max = 100) String city,
                   @Size(max = 300) String street, @Size(max = 20) String postalCode) {
        ShippingAddress toAddress() {
            return new ShippingAddress(country, region, city, street, postalCode);
        }
    }

    record StatusChange(@NotNull OrderStatus status, @Size(max = 500) String reason,
                        @Size(max = 60) String carrier, @Size(max = 60) String trackingNumber,
                        AfterSalesKind afterSalesKind) {
        Shipment shipment() {
            return carrier == null && trackingNumber == null ? null : new Shipment(carrier, trackingNumber);
        }
    }

    record Lines(@NotEmpty @Size(max = OrderPricing.MAX_LINES) List<RecordOrderRequest.@Valid @NotNull Line> lines) {
    }

    record BuyerNote(@Size(max = 1000) String buyerNote) {
    }

    record Note(@NotBlank @Size(max = InternalNotes.MAX_LENGTH) String text) {
    }
}
