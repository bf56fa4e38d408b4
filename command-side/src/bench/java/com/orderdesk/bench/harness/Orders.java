package com.orderdesk.bench.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The order requests the benchmark sends, and the next legal status move of an order's lifecycle. */
public final class Orders {

    private static final List<String> CHANNELS = List.of("Taobao", "JD", "Pinduoduo", "Douyin");

    private Orders() {
    }

    /** A typical order: two lines, a channel; with a customer contact when {@code withCustomer} (sealed at rest). */
    public static Map<String, Object> recordRequest(String externalNumber, int n, boolean withCustomer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalOrderNumber", externalNumber);
        body.put("salesChannel", CHANNELS.get(Math.floorMod(n, CHANNELS.size())));
        body.put("orderedAt", "2026-11-22T08:15:00Z");
        body.put("currency", "CNY");
        body.put("lines", List.of(
                Map.of("sku", "TEA-LJ-250", "title", "West Lake Longjing 250g", "quantity", 2, "unitPrice", "88.50"),
                Map.of("sku", "CUP-01", "title", "Tea cup", "quantity", 1, "unitPrice", "12.00")));
        if (withCustomer) {
            // Synthetic contact: exercises the sealing of personal data, identifies nobody.
            body.put("customer", Map.of("name", "Customer " + n, "phone", "+8613000000000",
                                        "address", Map.of("country", "CN", "city", "Hangzhou",
                                                          "street", "1 Benchmark Road")));
        }
        return body;
    }

    /** Records an order; answers its id. */
    public static String record(Session session, String externalNumber, int n, boolean withCustomer) {
        return session.command("POST", "/api/orders", recordRequest(externalNumber, n, withCustomer), null)
                      .expectOk("record order").json().get("orderId").asString();
    }

    /**
     * The body of the next legal move from {@code status}: the happy path to COMPLETED, then after-sales and back
     * to COMPLETED forever, so an order can take any number of status changes.
     */
    public static Map<String, Object> nextMove(String status) {
        return switch (status) {
            case "RECORDED" -> Map.of("status", "CONFIRMED");
            case "CONFIRMED" -> Map.of("status", "IN_FULFILLMENT");
            case "IN_FULFILLMENT" -> Map.of("status", "SHIPPED", "carrier", "SF Express", "trackingNumber", "SF0000000001");
            case "SHIPPED" -> Map.of("status", "DELIVERED");
            case "DELIVERED", "AFTER_SALES" -> Map.of("status", "COMPLETED");
            case "COMPLETED" -> Map.of("status", "AFTER_SALES", "afterSalesKind", "EXCHANGE", "reason", "benchmark");
            default -> throw new IllegalArgumentException("No benchmark move from " + status);
        };
    }

    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
