package com.orderdesk.command.support;

import com.orderdesk.events.support.SupportRequestKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the support endpoints: format checks only; rules and permissions are the aggregate's. */
final class SupportRequests {

    private SupportRequests() {
    }

    record Submit(@Schema(example = "ACCESS") @NotNull SupportRequestKind kind,
                  @Schema(example = "A copy of my data")
                  @NotBlank @Size(max = SupportRequest.MAX_SUBJECT) String subject,
                  @Schema(example = "Please send me everything you hold about me.")
                  @NotBlank @Size(max = SupportRequest.MAX_TEXT) String message) {
    }

    record Message(@Schema(example = "The export misses my sign-ins of last week.")
                   @NotBlank @Size(max = SupportRequest.MAX_TEXT) String message) {
    }

    record Answer(@Schema(example = "Your export now includes them; download it again from your privacy page.")
                  @NotBlank @Size(max = SupportRequest.MAX_TEXT) String answer) {
    }

    record Close(@Schema(example = "Answered; no further question within 7 days.")
                 @NotBlank @Size(max = SupportRequest.MAX_TEXT) String resolution) {
    }
}
