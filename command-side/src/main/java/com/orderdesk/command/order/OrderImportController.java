package com.orderdesk.command.order;

import com.orderdesk.command.caller.IdempotencyKey;
import com.orderdesk.command.web.IdempotentRequests;
import com.orderdesk.web.caller.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk import of orders from CSV ({@code text/csv}) or JSON lines ({@code application/x-ndjson}), at most
 * 10,000 orders and 32 MiB per request. Re-importing a file creates nothing new: recorded numbers come back as
 * DUPLICATE. With an {@code Idempotency-Key}, a retry gets the first answer again.
 */
@RestController
@RequestMapping("/api/orders/imports")
class OrderImportController {

    static final int MAX_BYTES = 32 * 1024 * 1024;
    static final String NDJSON = "application/x-ndjson";

    private final OrderImportParser parser;
    private final OrderImporter importer;
    private final IdempotentRequests idempotentRequests;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderImportController(OrderImportParser parser, OrderImporter importer, IdempotentRequests idempotentRequests) {
        this.parser = parser;
        this.importer = importer;
        this.idempotentRequests = idempotentRequests;
    }

    /** Imports orders from a CSV or JSON-lines file: all or nothing, or skipping the invalid ones. */
    @PostMapping(consumes = {"text/csv", NDJSON, "application/jsonl"})
    ResponseEntity<String> importOrders(Actor actor, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                        IdempotencyKey key, HttpServletRequest request) throws IOException {
        String content = utf8(request.getInputStream());
        if (content.indexOf('\0') >= 0) {
            throw new ImportFileRejected("The file contains NUL characters");
        }
        String fingerprint = mode + "\n" + request.getContentType() + "\n" + content;
        if (key.present()) {
            var previous = idempotentRequests.previous(actor, key.value(), fingerprint);
            if (previous.isPresent()) {
                return answer(previous.get().status(), previous.get().body(), true);
            }
        }
        List<ImportedOrder> orders = request.getContentType().startsWith("text/csv")
                ? parser.csv(new StringReader(content)) : parser.jsonLines(new StringReader(content));
        ImportReport report = importer.importOrders(actor, orders, mode);
        IdempotentRequests.Answer answer = refused(report)
                ? new IdempotentRequests.Answer(422, json.writeValueAsString(problem(report)), false)
                : new IdempotentRequests.Answer(200, json.writeValueAsString(report), false);
        if (key.present()) {
            idempotentRequests.remember(actor, key.value(), fingerprint, answer);
        }
        return answer(answer.status(), answer.body(), false);
    }

    private static boolean refused(ImportReport report) {
        return report.mode() == ImportMode.ALL_OR_NOTHING && report.invalid() > 0;
    }

    /** RFC 9457 problem details with the report as an extension member. */
    private static Map<String, Object> problem(ImportReport report) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:orderdesk:problem:import-rejected");
        problem.put("title", "Import rejected");
        problem.put("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
        problem.put("detail", report.invalid() + " of " + report.orders() + " orders are invalid, so none was "
                              + "created (mode ALL_OR_NOTHING). Fix them, or import with mode=SKIP_INVALID.");
        problem.put("report", report);
        return problem;
    }

    private static ResponseEntity<String> answer(int status, String body, boolean replayed) {
        return ResponseEntity.status(status)
                             .contentType(status == 200 ? MediaType.APPLICATION_JSON
                                                        : MediaType.APPLICATION_PROBLEM_JSON)
                             .header("Idempotent-Replayed", Boolean.toString(replayed))
                             .body(body);
    }

    /** Reads at most {@link #MAX_BYTES} of strict UTF-8, without a byte order mark. */
    private static String utf8(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileRejected("An import file has at most 32 MiB");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                                                .onMalformedInput(CodingErrorAction.REPORT)
                                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                                .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportFileRejected("The file is not UTF-8 text");
        }
    }
}
