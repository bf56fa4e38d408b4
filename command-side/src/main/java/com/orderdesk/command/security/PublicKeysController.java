package com.orderdesk.command.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Publishes the token-verification key (JWK set) so the query side never needs a shared secret. */
@RestController
class PublicKeysController {

    private final SigningKeys keys;

    PublicKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    /** The public keys that verify access tokens (JWKS), for the query side and any other verifier. */
    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> keys() {
        return keys.publicKeys().toJSONObject();
    }
}
