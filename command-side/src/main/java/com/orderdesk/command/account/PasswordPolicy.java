package com.orderdesk.command.account;

import com.orderdesk.command.refusal.ProblemTypes;
import com.orderdesk.command.refusal.RuleViolated;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Password rules: 12–128 characters, not a common password, not the username or mobile number. */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        try (var in = new ClassPathResource("common-passwords.txt").getInputStream()) {
            commonPasswords = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws WeakPassword naming the rule the password breaks */
    public void check(String password, String username, String mobile) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new WeakPassword("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            throw new WeakPassword("This password is among the most commonly used ones; choose another");
        }
        if ((username != null && lower.contains(username.toLowerCase(Locale.ROOT)))
            || (mobile != null && password.contains(mobile))) {
            throw new WeakPassword("A password must not contain the username or mobile number");
        }
    }

    /** The password breaks a rule of the policy. */
    public static class WeakPassword extends RuleViolated {
        WeakPassword(String message) {
            super(ProblemTypes.WEAK_PASSWORD, "Password not accepted", message);
        }
    }
}
