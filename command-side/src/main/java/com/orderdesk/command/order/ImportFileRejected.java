package com.orderdesk.command.order;

/** The import file as a whole is unusable (bad header, not CSV or UTF-8, too large); nothing was created. */
public class ImportFileRejected extends RuntimeException {

    public ImportFileRejected(String message) {
        super(message);
    }
}
