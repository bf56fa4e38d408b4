package com.orderdesk.console.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteCheckTest {

    private static MockHttpServletRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServerName("console.example");
        request.setServerPort(8088);
        request.addHeader("Host", "console.example:8088");
        return request;
    }

    @Test
    void aRequestWithoutBrowserHeadersPasses() {
        assertThat(CrossSiteCheck.isCrossSite(post("/api/orders"))).isFalse();
    }

    @Test
    void theOwnOriginPasses() {
        MockHttpServletRequest request = post("/api/orders");
        request.addHeader("Origin", "http://console.example:8088");
        request.addHeader("Sec-Fetch-Site", "same-origin");
        assertThat(CrossSiteCheck.isCrossSite(request)).isFalse();
    }

    @Test
    void anotherOriginIsCrossSite() {
        MockHttpServletRequest request = post("/api/orders");
        request.addHeader("Origin", "https://attacker.example");
        assertThat(CrossSiteCheck.isCrossSite(request)).isTrue();
    }

    @Test
    void anotherPortOrSchemeIsAnotherOrigin() {
        MockHttpServletRequest port = post("/api/orders");
        port.addHeader("Origin", "http://console.example:9999");
        MockHttpServletRequest scheme = post("/api/orders");
        scheme.addHeader("Origin", "https://console.example:8088");
        assertThat(CrossSiteCheck.isCrossSite(port)).isTrue();
        assertThat(CrossSiteCheck.isCrossSite(scheme)).isTrue();
    }

    @Test
    void theOriginSeenThroughAProxyInFrontPasses() {
        MockHttpServletRequest request = post("/api/orders");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "orders.example");
        request.addHeader("Origin", "https://orders.example");
        assertThat(CrossSiteCheck.isCrossSite(request)).isFalse();
    }

    @Test
    void fetchMetadataOfAnotherSiteIsCrossSiteEvenWithoutOrigin() {
        MockHttpServletRequest sameSite = post("/api/orders");
        sameSite.addHeader("Sec-Fetch-Site", "same-site");
        MockHttpServletRequest crossSite = post("/console/session");
        crossSite.addHeader("Sec-Fetch-Site", "cross-site");
        assertThat(CrossSiteCheck.isCrossSite(sameSite)).isTrue();
        assertThat(CrossSiteCheck.isCrossSite(crossSite)).isTrue();
    }

    @Test
    void onlyUnsafeMethodsOnTheApiAndTheSessionAreChecked() {
        assertThat(CrossSiteCheck.applies(post("/api/orders"))).isTrue();
        assertThat(CrossSiteCheck.applies(post("/console/session"))).isTrue();
        assertThat(CrossSiteCheck.applies(new MockHttpServletRequest("GET", "/api/orders"))).isFalse();
        assertThat(CrossSiteCheck.applies(new MockHttpServletRequest("DELETE", "/api/orders/o-1/tags/x"))).isTrue();
        assertThat(CrossSiteCheck.applies(post("/index.html"))).isFalse();
    }
}
