package com.orderdesk.console.proxy;

/** The app an API request goes to. */
public enum Side {
    COMMAND, QUERY
}
