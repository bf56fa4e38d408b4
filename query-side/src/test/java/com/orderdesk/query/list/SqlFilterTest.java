package com.orderdesk.query.list;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFilterTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void conditionsJoinWithAndAndKeepTheirParametersInOrder() {
        SqlFilter filter = new SqlFilter().and("workspace_id = ?", "w")
                                          .equal("channel", "Tmall")
                                          .anyOf("status", Set.of("SHIPPED", "CANCELLED"))
                                          .within("at", T0, T0.plusSeconds(60))
                                          .contains("50%_off", "title", "note")
                                          .after("at, id", false, T0, "id-9");

        assertThat(filter.sql()).isEqualTo("workspace_id = ? AND channel = ? AND status = ANY (?) AND at >= ?"
                                           + " AND at < ? AND (title ILIKE ? ESCAPE '\\' OR note ILIKE ? ESCAPE '\\')"
                                           + " AND (at, id) < (?, ?)");
        List<Object> params = filter.params(51);
        assertThat(params).hasSize(10);
        assertThat(params.subList(0, 2)).containsExactly("w", "Tmall");
        assertThat((String[]) params.get(2)).containsExactly("CANCELLED", "SHIPPED");
        assertThat(params.subList(3, 10)).containsExactly(Timestamp.from(T0), Timestamp.from(T0.plusSeconds(60)),
                                                          "%50\\%\\_off%", "%50\\%\\_off%", Timestamp.from(T0),
                                                          "id-9", 51);
    }

    @Test
    void absentValuesAddNothing() {
        SqlFilter filter = new SqlFilter().equal("channel", null)
                                          .anyOf("status", Set.of())
                                          .containsAll("assignee_ids", null)
                                          .within("at", null, null)
                                          .contains(null, "title")
                                          .when(false, "archived")
                                          .after("at, id", true, (Object[]) null);

        assertThat(filter.sql()).isEqualTo("TRUE");
        assertThat(filter.params()).isEmpty();
    }
}
