import java.io.BufferedReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies an OrderDesk event chain export offline, with nothing but a JDK 17+:
 * {@code java tools/VerifyChainExport.java --jwks jwks.json [--expect POSITION:HEAD] event-chain.txt}.
 * Recomputes every link from the rows (R lines) or their digests (D lines), checks the manifest's head and count,
 * and its RSA signature with the service's public key from the JWKS file you fetched from the service
 * (/.well-known/jwks.json), never with a key the export brings. {@code --expect} takes the position and head of an
 * earlier export's manifest: the chain must still run through it. Exit code 0 when intact, 1 with the first break
 * otherwise, 2 on bad usage.
 */
public class VerifyChainExport {

    public static void main(String[] args) throws Exception {
        String jwks = null;
        String expect = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jwks") && i + 1 < args.length) {
                jwks = Files.readString(Path.of(args[++i]));
            } else if (args[i].equals("--expect") && i + 1 < args.length) {
                expect = args[++i];
            } else {
                file = args[i];
            }
        }
        if (jwks == null || file == null || (expect != null && !expect.matches("[0-9]+:[0-9a-f]{64}"))) {
            System.err.println("usage: java tools/VerifyChainExport.java --jwks <jwks.json> "
                               + "[--expect <position>:<head>] <event-chain export file>");
            System.exit(2);
        }
        long expectedPosition = expect == null ? -1 : Long.parseLong(expect.split(":")[0]);
        boolean expectationMet = expect == null;
        boolean manifestSeen = false;
        byte[] link = new byte[32];
        long count = 0;
        long lastPosition = -1;
        int lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(Path.of(file), StandardCharsets.US_ASCII)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (manifestSeen) {
                    fail(lineNumber, "nothing may follow the signed manifest");
                }
                String[] field = line.split(" ");
                if ((field[0].equals("R") || field[0].equals("D")) && field.length == 4) {
                    long position = Long.parseLong(field[1]);
                    if (position <= lastPosition) {
                        fail(lineNumber, "positions must increase");
                    }
                    byte[] digest;
                    if (field[0].equals("R")) {
                        byte[] row = Base64.getDecoder().decode(field[2]);
                        if (row.length < 8 || ByteBuffer.wrap(row).getLong() != position) {
                            fail(lineNumber, "the row does not hold position " + position);
                        }
                        digest = sha256(row);
                    } else {
                        digest = HexFormat.of().parseHex(field[2]);
                    }
                    link = sha256(link, digest);
                    if (!Arrays.equals(link, HexFormat.of().parseHex(field[3]))) {
                        fail(lineNumber, "the chain breaks at position " + position);
                    }
                    lastPosition = position;
                    count++;
                    if (position == expectedPosition) {
                        if (!HexFormat.of().formatHex(link).equals(expect.split(":")[1])) {
                            fail(lineNumber, "the chain no longer runs through the expected head (history rewritten)");
                        }
                        expectationMet = true;
                    }
                } else if (field[0].equals("M") && field.length == 9) {
                    long manifestCount = Long.parseLong(field[1]);
                    long manifestPosition = Long.parseLong(field[2]);
                    byte[] head = HexFormat.of().parseHex(field[3]);
                    if (manifestCount != count || manifestPosition != lastPosition || !Arrays.equals(head, link)) {
                        fail(lineNumber, "the manifest does not match the rows (count " + count + ", last position "
                                         + lastPosition + ")");
                    }
                    String statement = "orderdesk-event-chain-checkpoint/1|" + manifestPosition + "|" + manifestCount
                                       + "|" + field[3] + "|" + field[4];
                    String[] key = publishedKey(jwks, field[5]);
                    if (key == null) {
                        fail(lineNumber, "the manifest names key " + field[5] + ", which the JWKS does not hold");
                    }
                    if (!verify(statement, Base64.getDecoder().decode(field[6]), key[0], key[1])) {
                        fail(lineNumber, "the manifest's signature does not verify with the published key");
                    }
                    if (!expectationMet) {
                        fail(lineNumber, "the chain ends before the expected position " + expectedPosition);
                    }
                    manifestSeen = true;
                    System.out.println("INTACT: " + count + " events up to position " + lastPosition + ", head "
                                       + field[3] + ", signed " + field[4] + " by key " + field[5]);
                } else {
                    fail(lineNumber, "not a line of an event chain export");
                }
            }
        }
        if (!manifestSeen) {
            fail(lineNumber, "the export ends without its signed manifest (truncated)");
        }
    }

    /** The modulus and exponent of the key with this id in the JWKS text, or null. */
    private static String[] publishedKey(String jwks, String keyId) {
        Matcher keyObject = Pattern.compile("\\{[^{}]*\\}").matcher(jwks);
        while (keyObject.find()) {
            String key = keyObject.group();
            if (keyId.equals(member(key, "kid"))) {
                return new String[]{member(key, "n"), member(key, "e")};
            }
        }
        return null;
    }

    private static String member(String object, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(object);
        return value.find() ? value.group(1) : null;
    }

    private static boolean verify(String statement, byte[] signature, String modulus, String exponent)
            throws Exception {
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(modulus)),
                new BigInteger(1, Base64.getUrlDecoder().decode(exponent))));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(statement.getBytes(StandardCharsets.UTF_8));
        return rsa.verify(signature);
    }

    private static byte[] sha256(byte[]... parts) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            sha256.update(part);
        }
        return sha256.digest();
    }

    private static void fail(int lineNumber, String problem) {
        System.out.println("BROKEN at line " + lineNumber + ": " + problem);
        System.exit(1);
    }
}
