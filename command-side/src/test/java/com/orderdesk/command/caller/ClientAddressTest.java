package com.orderdesk.command.caller;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(List.of("10.0.0.0/8", ""));

    @Test
    void forwardedForIsIgnoredFromUntrustedPeers() {
        assertThat(behindProxy.of(request("198.51.100.7", "1.2.3.4"))).isEqualTo("198.51.100.7");
    }

    @Test
    void rightMostUntrustedHopIsTheClientBehindTrustedProxies() {
        assertThat(behindProxy.of(request("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.5"))).isEqualTo("203.0.113.9");
    }

    @Test
    void peerIsTheClientWithoutForwardedFor() {
        assertThat(behindProxy.of(request("10.0.0.2", null))).isEqualTo("10.0.0.2");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
