package com.orderdesk.command.order;

import java.util.HashMap;
import java.util.Map;

/** Test double of the claim table for pure aggregate tests; the JDBC registry is covered end to end. */
public class OrderNumbersHeldInMemory implements OrderNumberRegistry {

    private final Map<String, String> claims = new HashMap<>();

    @Override
    public void claim(String workspaceId, String externalOrderNumber, String orderId) {
        String holder = claims.putIfAbsent(workspaceId + "/" + externalOrderNumber, orderId);
        if (holder != null) {
            throw new DuplicateExternalOrderNumber(externalOrderNumber, holder);
        }
    }

    @Override
    public boolean isRecorded(String workspaceId, String orderId) {
        return claims.entrySet().stream()
                     .anyMatch(e -> e.getKey().startsWith(workspaceId + "/") && e.getValue().equals(orderId));
    }

    @Override
    public Map<String, String> recordedOrderIds(String workspaceId, java.util.Collection<String> numbers) {
        Map<String, String> ids = new HashMap<>();
        numbers.forEach(number -> {
            String orderId = claims.get(workspaceId + "/" + number);
            if (orderId != null) {
                ids.put(number, orderId);
            }
        });
        return ids;
    }
}
