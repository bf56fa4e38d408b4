package com.orderdesk.query.order;

/** The first page of a workspace's order list; as a subscription query, also every order that changes later. */
public record FetchOrderList(String workspaceId, int limit) {
}
