package com.orderdesk.command.order;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Which files may be attached: a size limit and a short list of document and image types. For types with a
 * well-known signature, the first bytes must match the declared type, so a renamed executable is refused.
 */
final class AttachmentPolicy {

    static final long MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/gif", "GIF8".getBytes(StandardCharsets.US_ASCII),
            "application/zip", new byte[]{'P', 'K', 0x03, 0x04},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{'P', 'K', 0x03, 0x04},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K', 0x03, 0x04});
    private static final Set<String> TEXT_TYPES = java.util.Set.of("text/plain", "text/csv");

    private AttachmentPolicy() {
    }

    /** @throws OrderRuleViolation naming what is wrong with the file */
    static void check(String fileName, String contentType, byte[] content) {
        checkName(fileName);
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new OrderRuleViolation("A file has 1 byte to " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (TEXT_TYPES.contains(contentType)) {
            return;
        }
        byte[] signature = SIGNATURES.get(contentType);
        if (signature == null) {
            throw new OrderRuleViolation("Files of type " + contentType + " cannot be attached; allowed: PDF, PNG, "
                                         + "JPEG, GIF, ZIP, XLSX, DOCX, plain text and CSV");
        }
        if (content.length < signature.length
            || !Arrays.equals(Arrays.copyOf(content, signature.length), signature)) {
            throw new OrderRuleViolation("The file's content is not " + contentType);
        }
    }

    /**
     * A file name is what people see and what a download is saved as: a plain name, never a path (it would be sent
     * back in Content-Disposition), without control or invisible formatting characters (a right-to-left override
     * can make "gpj.exe" read as "exe.jpg"). Refused rather than cleaned up, so the name stored is the name sent.
     */
    private static void checkName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new OrderRuleViolation("A file name has 1 to 255 characters");
        }
        if (fileName.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                                                || Character.getType(c) == Character.FORMAT)) {
            throw new OrderRuleViolation("A file name cannot contain control or formatting characters");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.equals(".") || fileName.equals("..")
            || !fileName.strip().equals(fileName)) {
            throw new OrderRuleViolation("A file name is a plain name: no folders, slashes or surrounding spaces");
        }
    }
}
