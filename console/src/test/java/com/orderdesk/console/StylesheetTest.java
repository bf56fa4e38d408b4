package com.orderdesk.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's one stylesheet is written in sections by feature: a block left open by one section (as a merge
 * once did to a media query) silently moves every later rule into it, so that desktop pages lose their layout.
 */
class StylesheetTest {

    @Test
    void everyBlockOfTheStylesheetIsClosedWhereItsSectionEnds() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/static/console.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("braces at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
