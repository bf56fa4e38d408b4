package com.orderdesk.console.proxy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/orders, QUERY",
            "HEAD, /api/orders, QUERY",
            "GET, /api/orders/0b6c3a8e-1f1e-4c55-9d57-0f2d1c8b9a10, QUERY",
            "GET, /api/orders/live, QUERY",
            "GET, /api/tasks/board/live, QUERY",
            "POST, /api/notifications/n-1/read, QUERY",
            "POST, /api/notifications/read-all, QUERY",
            "POST, /api/customers/export, QUERY",
            "POST, /api/admin/projections/orders/rebuild, QUERY",
            "GET, /api/audit, QUERY",
            "POST, /api/orders, COMMAND",
            "PUT, /api/orders/o-1/lines, COMMAND",
            "GET, /api/orders/o-1/attachments/a-1, COMMAND",
            "GET, /api/audit/history/order/o-1, COMMAND",
            "GET, /api/audit/chain/export, COMMAND",
            "GET, /api/audit/chain/verification, COMMAND",
            "GET, /api/admin/privacy/erasures, COMMAND",
            "POST, /api/auth/login, COMMAND",
            "POST, /api/support/requests, COMMAND",
            "GET, /api/not-an-operation, COMMAND"
    })
    void routesByMethodAndPath(String method, String path, Side side) {
        assertThat(Routes.sideFor(method, path)).isEqualTo(side);
    }

    @Test
    void theSamePathGoesToEitherSideByMethod() {
        assertThat(Routes.sideFor("GET", "/api/tasks/t-1")).isEqualTo(Side.QUERY);
        assertThat(Routes.sideFor("POST", "/api/tasks/t-1")).isEqualTo(Side.COMMAND);
    }
}
