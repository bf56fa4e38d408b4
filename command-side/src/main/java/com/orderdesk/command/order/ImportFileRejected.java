package com.orderdesk.command.order;

import com.orderdesk.command.refusal.InvalidInput;
import com.orderdesk.command.refusal.ProblemTypes;

/** The import file as a whole is unusable (bad header, not CSV or UTF-8, too large); nothing was created. */
public class ImportFileRejected extends InvalidInput {

    public ImportFileRejected(String message) {
        super(ProblemTypes.INVALID_IMPORT_FILE, "Import file rejected", message);
    }
}
