package com.orderdesk.command.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/** The RSA key pair that signs access tokens: loaded from its file, or generated there on first start. */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final RSAKey key;

    private SigningKeys(RSAKey key) {
        this.key = key;
    }

    public static SigningKeys loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return new SigningKeys(RSAKey.parse(Files.readString(file)));
            }
            RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated.toJSONString());
            restrictToOwner(file);
            log.info("Generated a new token signing key in {}", file);
            return new SigningKeys(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The signing key in " + file + " is not a usable RSA JWK", e);
        }
    }

    RSAKey privateKey() {
        return key;
    }

    /** The public half, as published at /.well-known/jwks.json for the query side. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict permissions of {}; protect it by other means", file);
        }
    }
}
