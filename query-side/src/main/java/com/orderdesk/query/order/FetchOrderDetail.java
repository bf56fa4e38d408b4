package com.orderdesk.query.order;

/** One order's detail in a workspace; as a subscription query, also every later change of it. */
public record FetchOrderDetail(String workspaceId, String orderId) {
}
