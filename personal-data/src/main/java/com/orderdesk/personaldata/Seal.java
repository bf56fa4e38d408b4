package com.orderdesk.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce; the subject id is authenticated data, so a sealed value cannot be
 * moved to another subject. Text form: {@code pd1:<subject id>:<base64(nonce || ciphertext)>}.
 */
final class Seal {

    static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Seal() {
    }

    static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX) && text.lastIndexOf(':') > PREFIX.length();
    }

    static String subjectOf(String sealed) {
        return sealed.substring(PREFIX.length(), sealed.lastIndexOf(':'));
    }

    static String seal(String subjectId, SecretKey key, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, key, nonce, subjectId,
                                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
        return PREFIX + subjectId + ":" + Base64.getEncoder().encodeToString(out);
    }

    static String open(String sealed, SecretKey key) {
        byte[] in;
        try {
            in = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Sealed personal data of " + subjectOf(sealed) + " is malformed", e);
        }
        if (in.length <= NONCE_BYTES) {
            throw new IllegalStateException("Sealed personal data of " + subjectOf(sealed) + " is malformed");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(in, 0, nonce, 0, NONCE_BYTES);
        byte[] ciphertext = new byte[in.length - NONCE_BYTES];
        System.arraycopy(in, NONCE_BYTES, ciphertext, 0, ciphertext.length);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, subjectOf(sealed), ciphertext), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, String subjectId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A value that does not authenticate was altered or sealed with another key: never silently accepted.
            throw new IllegalStateException("Sealed personal data of " + subjectId + " does not authenticate", e);
        }
    }
}
