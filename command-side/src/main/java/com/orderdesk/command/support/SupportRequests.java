package com.orderdesk.command.support;

import com.orderdesk.events.support.SupportRequestKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the support endpoints: format checks only; rules and permissions are the aggregate's. */
final class SupportRequests {

    private SupportRequests() {
    }

    record Submit(@NotNull SupportRequestKind kind, @NotBlank @Size(max = SupportRequest.MAX_SUBJECT) String subject,
                  @NotBlank @Size(max = SupportRequest.MAX_TEXT) String message) {
    }

    record Message(@NotBlank @Size(max = SupportRequest.MAX_TEXT) String message) {
    }

    record Answer(@NotBlank @Size(max = SupportRequest.MAX_TEXT) String answer) {
    }

    record Close(@NotBlank @Size(max = SupportRequest.MAX_TEXT) String resolution) {
    }
}
