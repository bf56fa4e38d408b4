package com.orderdesk.query.order;

import org.springframework.stereotype.Component;

import java.util.List;

/** Builds a page of the order list: keyset paging with one extra row to know whether another page exists. */
@Component
class OrderPages {

    private final OrderListRepository orders;

    OrderPages(OrderListRepository orders) {
        this.orders = orders;
    }

    OrderPage page(String workspaceId, OrderFilter filter, OrderSort sort, boolean ascending, PageCursor after,
                   int limit) {
        List<OrderSummaryRow> rows = orders.findPage(workspaceId, filter, sort, ascending, after, limit + 1);
        boolean more = rows.size() > limit;
        List<OrderSummaryRow> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            OrderSummaryRow last = page.get(limit - 1);
            next = new PageCursor(sort, ascending, sort.keyOf(last), last.orderId()).encode();
        }
        // Counts go with the first page only: they do not change with the cursor, and counting every order of the
        // workspace again for each further page cost more than the page itself (docs/benchmarks.md, figure 5).
        return new OrderPage(page.stream().map(OrderSummaryView::of).toList(), next,
                             after == null ? orders.countByStatus(workspaceId, filter) : null);
    }
}
