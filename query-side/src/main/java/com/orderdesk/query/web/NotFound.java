package com.orderdesk.query.web;

/**
 * Nothing with this id is visible to the caller: it does not exist, belongs to another workspace, or is not
 * projected yet. One answer for all three, so ids of other workspaces cannot be probed.
 */
public class NotFound extends RuntimeException {

    public NotFound(String kind, String id) {
        super(kind + " " + id + " was not found");
    }
}
