package com.orderdesk.events.order;

/** Where the order ships to: personal data of the order's customer. */
public record ShippingAddress(String country, String region, String city, String street, String postalCode) {
}
