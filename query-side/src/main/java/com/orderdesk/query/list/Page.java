package com.orderdesk.query.list;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset list: its rows, and the cursor to the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page from up to {@code limit + 1} fetched rows: the extra row only tells that another page exists, and
     * the next cursor is {@code cursorAfter} the page's last row.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<? super T, String> cursorAfter) {
        boolean more = fetched.size() > limit;
        List<T> items = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(List.copyOf(items), more ? cursorAfter.apply(items.get(limit - 1)) : null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), nextCursor);
    }
}
