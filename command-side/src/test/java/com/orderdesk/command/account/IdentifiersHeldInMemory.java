package com.orderdesk.command.account;

import java.util.HashMap;
import java.util.Map;

/** Test double of the identity claim table for pure aggregate tests; the JDBC directory is tested end to end. */
class IdentifiersHeldInMemory implements AccountDirectory {

    private final Map<String, String> claims = new HashMap<>();

    @Override
    public void claim(String accountId, String username, String mobile) {
        if (claims.containsKey("u:" + username.toLowerCase())) {
            throw new IdentifierTaken("username");
        }
        if (claims.containsKey("m:" + mobile)) {
            throw new IdentifierTaken("mobile number");
        }
        claims.put("u:" + username.toLowerCase(), accountId);
        claims.put("m:" + mobile, accountId);
    }

    @Override
    public void changeMobile(String accountId, String previousMobile, String newMobile) {
        if (claims.containsKey("m:" + newMobile)) {
            throw new IdentifierTaken("mobile number");
        }
        claims.remove("m:" + previousMobile);
        claims.put("m:" + newMobile, accountId);
    }
}
