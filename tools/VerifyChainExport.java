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

/**
 * Verifies an OrderDesk event chain export offline, with nothing but a JDK 17+:
 * {@code java tools/VerifyChainExport.java event-chain.txt}. Recomputes every link from the rows (R lines) or
 * their digests (D lines), checks the manifest's head and count, and the manifest's RSA signature with the
 * public key it names; compare that key with the service's published /.well-known/jwks.json. Exit code 0 when
 * intact, 1 with the first break otherwise, 2 on bad usage.
 */
public class VerifyChainExport {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java tools/VerifyChainExport.java <event-chain export file>");
            System.exit(2);
        }
        byte[] link = new byte[32];
        long count = 0;
        long lastPosition = -1;
        int lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.US_ASCII)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
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
                    if (!verify(statement, Base64.getDecoder().decode(field[6]), field[7], field[8])) {
                        fail(lineNumber, "the manifest's signature does not verify");
                    }
                    System.out.println("INTACT: " + count + " events up to position " + lastPosition + ", head "
                                       + field[3] + ", signed " + field[4] + " by key " + field[5]);
                    return;
                } else {
                    fail(lineNumber, "not a line of an event chain export");
                }
            }
        }
        fail(lineNumber, "the export ends without its signed manifest (truncated)");
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
