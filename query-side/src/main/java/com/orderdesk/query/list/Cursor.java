package com.orderdesk.query.list;

import com.orderdesk.query.web.InvalidCursor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one codec of list cursors: the fields of a keyset position joined by {@code |} and base64url-encoded, opaque
 * to clients. Only the last field may contain {@code |}. Whatever does not decode to the expected fields answers
 * {@link InvalidCursor} (400), as does every failure to read a field.
 */
public final class Cursor {

    private static final String SEPARATOR = "|";

    private final List<String> fields;

    private Cursor(List<String> fields) {
        this.fields = fields;
    }

    /** The cursor text of these fields, each written with {@code toString()}. */
    public static String encode(Object... fields) {
        String[] texts = Arrays.stream(fields).map(String::valueOf).toArray(String[]::new);
        for (int i = 0; i < texts.length - 1; i++) {
            if (texts[i].contains(SEPARATOR)) {
                throw new IllegalArgumentException("Only a cursor's last field may contain " + SEPARATOR);
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                     .encodeToString(String.join(SEPARATOR, texts).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursor unless {@code text} holds {@code count} non-empty fields, as {@link #encode} wrote them */
    public static Cursor decode(String text, int count) {
        List<String> fields = valid(() -> List.of(new String(Base64.getUrlDecoder().decode(text),
                                                             StandardCharsets.UTF_8).split("\\" + SEPARATOR, count)));
        check(fields.size() == count && fields.stream().noneMatch(String::isEmpty));
        return new Cursor(fields);
    }

    public String text(int index) {
        return fields.get(index);
    }

    /** The field read by {@code parse}; a failure to read it is an invalid cursor. */
    public <T> T field(int index, Function<String, ? extends T> parse) {
        return valid(() -> parse.apply(fields.get(index)));
    }

    public Instant instant(int index) {
        return field(index, Instant::parse);
    }

    public long number(int index) {
        return field(index, Long::parseLong);
    }

    /** @throws InvalidCursor unless the decoded position is one this list hands out */
    public static void check(boolean valid) {
        if (!valid) {
            throw new InvalidCursor();
        }
    }

    /** The value, or {@link InvalidCursor} if computing it from cursor fields fails. */
    public static <T> T valid(Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            throw e instanceof InvalidCursor invalid ? invalid : new InvalidCursor();
        }
    }
}
