package com.orderdesk.events.order;

/** The buyer's contact details as given on the channel: personal data of the order's customer. */
public record CustomerContact(String name, String phone, ShippingAddress address) {
}
