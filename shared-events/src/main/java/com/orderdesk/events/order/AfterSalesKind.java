package com.orderdesk.events.order;

/** What an after-sales case is about. */
public enum AfterSalesKind { RETURN, EXCHANGE, COMPLAINT }
