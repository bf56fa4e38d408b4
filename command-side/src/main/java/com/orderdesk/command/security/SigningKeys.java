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
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.text.ParseException;
import java.util.UUID;

/**
 * The service's RSA key pair, which signs access tokens and the event chain's checkpoints: loaded from its file,
 * or generated there on first start.
 */
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

    /** The key's id, named in everything it signs. */
    public String keyId() {
        return key.getKeyID();
    }

    /** An RSA signature (SHA256withRSA) of the bytes, with the private key. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.toPrivateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot sign with the service key", e);
        }
    }

    /** Whether the signature over the bytes was made with this key. */
    public boolean verify(byte[] data, byte[] signed) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key.toPublicKey());
            signature.update(data);
            return signature.verify(signed);
        } catch (GeneralSecurityException | JOSEException e) {
            return false;
        }
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
