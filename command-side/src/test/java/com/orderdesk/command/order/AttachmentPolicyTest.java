package com.orderdesk.command.order;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** File names: plain names of any script are kept as they are; paths and hidden characters are refused. */
class AttachmentPolicyTest {

    private static final byte[] TEXT = "hello".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"invoice.txt", "发票 2026-11.txt", "Rechnung (Kopie).txt", ".hidden.txt", "a..b.txt"})
    void plainNamesAreKept(String name) {
        assertThatCode(() -> AttachmentPolicy.check(name, "text/plain", TEXT)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x.txt", "dir/x.txt", "..\\x.txt", "C:\\x.txt", ".", "..", " x.txt", "x.txt ",
                            "a\u0000b.txt", "a\u0001b.txt", "a\nb.txt", "a\u007Fb.txt", "invoice\u202Etxt.exe",
                            "a\u200Bb.txt", ""})
    void pathsAndHiddenCharactersAreRefused(String name) {
        assertThatThrownBy(() -> AttachmentPolicy.check(name, "text/plain", TEXT))
                .isInstanceOf(OrderRuleViolation.class).hasMessageStartingWith("A file name");
    }
}
