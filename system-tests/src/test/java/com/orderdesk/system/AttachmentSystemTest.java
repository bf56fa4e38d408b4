package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Attachments over HTTP: upload with checks, listing in the detail, download by readers, removal. */
class AttachmentSystemTest extends SystemTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void fileIsStoredWithItsHashListedDownloadedByAnAuditorAndRemoved() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member auditor = accounts.newMember(owner, "AUDITOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("ATT-1"), owner.token())
                             .json().get("orderId").asString();
        String base = apps.commandUrl + "/api/orders/" + orderId + "/attachments";

        Http.Response uploaded = Http.upload(base, owner.token(), Map.of("If-Match", "\"0\""), "file",
                                             "发票 invoice.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.header("ETag")).isEqualTo("\"1\"");

        JsonNode attachment = awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(),
                                         r -> r.status() == 200 && r.json().get("attachments").size() == 1).json()
                .get("attachments").get(0);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(attachment.get("sha256").asString()).isEqualTo(sha256);
        assertThat(attachment.get("fileName").asString()).isEqualTo("发票 invoice.pdf");
        String fileUrl = base + "/" + attachment.get("attachmentId").asString();
        assertThat(Http.download(fileUrl, auditor.token())).isEqualTo(PDF);
        assertThat(Http.get(fileUrl, accounts.newOwner().token()).status()).as("another workspace").isEqualTo(404);
        assertThat(apps.database.sql("""
                                     SELECT count(*) FROM event_store.domain_event_entry
                                     WHERE aggregate_identifier = ? AND convert_from(payload, 'UTF8') LIKE '%PDF-1.7%'""")
                                .param(orderId).query(Long.class).single()).as("bytes never enter events").isZero();

        Http.Response removed = Http.send("DELETE", fileUrl, null, owner.token(), Map.of("If-Match", "\"1\""));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(Http.get(fileUrl, owner.token()).status()).isEqualTo(404);
    }

    @Test
    void disguisedOrDisallowedFilesAreRefusedAndNothingIsStored() {
        Accounts.Member owner = accounts.newOwner();
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("ATT-2"), owner.token())
                             .json().get("orderId").asString();
        String base = apps.commandUrl + "/api/orders/" + orderId + "/attachments";

        Http.Response disguised = Http.upload(base, owner.token(), Map.of("If-Match", "\"0\""), "file", "x.pdf",
                                              "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        Http.Response executable = Http.upload(base, owner.token(), Map.of("If-Match", "\"0\""), "file", "x.exe",
                                               "application/x-msdownload", new byte[]{'M', 'Z'});
        Http.Response tooLarge = Http.upload(base, owner.token(), Map.of("If-Match", "\"0\""), "file", "big.txt",
                                             "text/plain", new byte[11 * 1024 * 1024]);

        // Names that are paths, hide characters or would be saved as something else: refused, never cleaned up.
        for (String name : List.of("../../x.txt", "dir/x.txt", "invoice\u202Etxt.exe", " padded.txt", "..")) {
            Http.Response refused = Http.upload(base, owner.token(), Map.of("If-Match", "\"0\""), "file", name,
                                                "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
            assertThat(refused.status()).as(name).isEqualTo(422);
            assertThat(refused.json().get("detail").asString()).as(name).startsWith("A file name");
        }
        // Control characters break the part's header before any rule sees the name: a malformed request.
        for (String name : List.of("a\u0001b.txt", "a\u0000b.txt", "a\rb.txt")) {
            Http.Response refused = Http.upload(base, owner.token(), Map.of("If-Match", "\"0\""), "file", name,
                                                "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
            assertThat(refused.status()).as(name).isBetween(400, 422);
            assertThat(refused.header("Content-Type")).as(name).startsWith("application/problem+json");
        }

        assertThat(disguised.status()).isEqualTo(422);
        assertThat(executable.status()).isEqualTo(422);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(apps.database.sql("SELECT count(*) FROM command_side.attachment_file WHERE order_id = ?")
                                .param(orderId).query(Long.class).single()).isZero();
    }
}
