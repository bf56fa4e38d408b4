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

    record RegisterOwner(@NotNull @Pattern(regexp = USERNAME) String username,
                         @NotNull @Pattern(regexp = MOBILE) String mobile,
                         @NotBlank @Size(max = 100) String displayName,
                         @NotNull @Size(max = 128) String password,
                         @NotBlank @Size(max = 120) String workspaceName) {
    }

    record Login(@Schema(example = "li.wei") @NotBlank @Size(max = 128) String login,
                 @Schema(example = "correct horse battery staple") @NotNull @Size(max = 128) String password) {
    }

    record InviteMember(@NotNull @Pattern(regexp = USERNAME) String username,
                        @NotNull @Pattern(regexp = MOBILE) String mobile,
                        @NotBlank @Size(max = 100) String displayName,
                        @NotNull Role role) {
    }

    record AcceptInvitation(@NotBlank @Size(max = 100) String invitationCode,
                            @NotNull @Size(max = 128) String password) {
    }

    record ChangeRole(@NotNull Role role) {
    }

    record ChangeTimeZone(@NotNull String timeZone) {

        @AssertTrue(message = "must be an IANA time zone id such as Asia/Shanghai")
        boolean isTimeZoneKnown() {
            return timeZone == null || TimeZones.isIanaId(timeZone);
        }
    }

    record ChangePassword(@NotNull @Size(max = 128) String currentPassword,
                          @NotNull @Size(max = 128) String newPassword) {
    }

    record Deactivate(@NotNull @Size(max = 128) String currentPassword) {
    }

    record RectifyProfile(@NotBlank @Size(max = 100) String displayName,
                          @NotNull @Pattern(regexp = MOBILE) String mobile) {
    }
}
