package com.orderdesk.command.account;

import com.orderdesk.events.account.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the account endpoints: format checks only; rules are the aggregate's and the policy's. */
final class AccountRequests {

    static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}";
    static final String MOBILE = "\\+?[0-9][0-9 ()-]{5,24}";

    private AccountRequests() {
    }

    record RegisterOwner(@Schema(example = "li.wei") @NotNull @Pattern(regexp = USERNAME) String username,
                         @Schema(example = "+8613800138000") @NotNull @Pattern(regexp = MOBILE) String mobile,
                         @Schema(example = "Li Wei") @NotBlank @Size(max = 100) String displayName,
                         @Schema(example = "correct horse battery staple") @NotNull @Size(max = 128) String password,
                         @Schema(example = "West Lake Tea House") @NotBlank @Size(max = 120) String workspaceName) {
    }

    record Login(@Schema(example = "li.wei") @NotBlank @Size(max = 128) String login,
                 @Schema(example = "correct horse battery staple") @NotNull @Size(max = 128) String password) {
    }

    record InviteMember(@Schema(example = "zhang.min") @NotNull @Pattern(regexp = USERNAME) String username,
                        @Schema(example = "+8613900139000") @NotNull @Pattern(regexp = MOBILE) String mobile,
                        @Schema(example = "Zhang Min") @NotBlank @Size(max = 100) String displayName,
                        @Schema(example = "COLLABORATOR") @NotNull Role role) {
    }

    record AcceptInvitation(@Schema(example = "q3Xv9s0b8mXl2tYcVdN4eP1kRzA7uWfH") @NotBlank @Size(max = 100)
                            String invitationCode,
                            @Schema(example = "tea leaves in the spring rain") @NotNull @Size(max = 128)
                            String password) {
    }

    record ChangeRole(@Schema(example = "AUDITOR") @NotNull Role role) {
    }

    record ChangeTimeZone(@Schema(example = "Asia/Shanghai") @NotNull String timeZone) {

        @AssertTrue(message = "must be an IANA time zone id such as Asia/Shanghai")
        boolean isTimeZoneKnown() {
            return timeZone == null || TimeZones.isIanaId(timeZone);
        }
    }

    record ChangePassword(@Schema(example = "correct horse battery staple") @NotNull @Size(max = 128)
                          String currentPassword,
                          @Schema(example = "a longer phrase nobody guesses") @NotNull @Size(max = 128)
                          String newPassword) {
    }

    record Deactivate(@Schema(example = "correct horse battery staple") @NotNull @Size(max = 128)
                      String currentPassword) {
    }

    record RectifyProfile(@Schema(example = "Li Wei") @NotBlank @Size(max = 100) String displayName,
                          @Schema(example = "+8613800138000") @NotNull @Pattern(regexp = MOBILE) String mobile) {
    }
}
