package com.orderdesk.web.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Query strings: well-formed percent-encoded UTF-8 passes, anything else is refused before it is read. */
class QueryStringGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "status=NEW", "q=%E8%8C%B6&limit=50", "q=tea+cup", "q=%25", "a=1&a=2", "q=茶"})
    void wellEncodedQueriesPass(String query) {
        assertThat(QueryStringGuard.wellEncoded(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=%4", "q=%E8%8C", "q=%C0%AF", "q=%FF", "q=%ED%A0%80", "q=a%2"})
    void malformedQueriesAreRefused(String query) {
        assertThat(QueryStringGuard.wellEncoded(query)).isFalse();
    }
}
