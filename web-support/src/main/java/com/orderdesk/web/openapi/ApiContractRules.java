package com.orderdesk.web.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an app's OpenAPI document cannot learn from its handler signatures: the operations anyone may call, the
 * success status of handlers that build their own {@code ResponseEntity}, the media types of streamed answers,
 * the JSON shape of pre-serialised bodies, request bodies read by hand and the problem statuses beyond the derived
 * ones. Operations are named
 * {@code "METHOD /path/{variable}"} as in the document; each app declares one bean of this type.
 */
public final class ApiContractRules {

    private final Set<String> publicOperations = new LinkedHashSet<>();
    private final Map<String, Integer> successStatuses = new LinkedHashMap<>();
    private final Map<String, List<String>> mediaTypes = new LinkedHashMap<>();
    private final Map<String, Class<?>> bodies = new LinkedHashMap<>();
    private final Map<String, List<String>> requestMediaTypes = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> extraProblems = new LinkedHashMap<>();
    private final Map<Class<?>, String> headerArguments = new LinkedHashMap<>();

    /**
     * Handler arguments of this type are resolved from that request header (say, the expected version from
     * {@code If-Match}): the document shows the header, not the type.
     */
    public ApiContractRules headerArgument(Class<?> type, String header) {
        headerArguments.put(type, header);
        return this;
    }

    /** Anyone may call these operations: no bearer token, no 401/403 answers. */
    public ApiContractRules publicOperations(String... operations) {
        publicOperations.addAll(List.of(operations));
        return this;
    }

    /** These operations answer {@code status} (201, 202, 204 ...) where the handler signature says 200. */
    public ApiContractRules successStatus(int status, String... operations) {
        for (String operation : operations) {
            successStatuses.put(operation, status);
        }
        return this;
    }

    /** The media types that this operation's success answer is written in (streams, CSV, downloads). */
    public ApiContractRules answersIn(String operation, String... types) {
        mediaTypes.put(operation, List.of(types));
        return this;
    }

    /** The JSON shape of a success answer that the handler writes as a ready-made string. */
    public ApiContractRules answersWith(String operation, Class<?> body) {
        bodies.put(operation, body);
        return this;
    }

    /** The media types of a request body that the handler reads itself (file uploads as plain bodies). */
    public ApiContractRules takes(String operation, String... types) {
        requestMediaTypes.put(operation, List.of(types));
        return this;
    }

    /** Problem statuses this operation answers besides the ones derived from its shape. */
    public ApiContractRules alsoAnswers(String operation, Integer... statuses) {
        extraProblems.computeIfAbsent(operation, o -> new TreeSet<>()).addAll(List.of(statuses));
        return this;
    }

    String headerOf(Class<?> argumentType) {
        return headerArguments.get(argumentType);
    }

    /** The argument types that springdoc must not describe as parameters or bodies (their headers stand in). */
    Set<Class<?>> resolvedArgumentTypes() {
        return headerArguments.keySet();
    }

    boolean isPublic(String operation) {
        return publicOperations.contains(operation);
    }

    Integer successStatus(String operation) {
        return successStatuses.get(operation);
    }

    List<String> mediaTypes(String operation) {
        return mediaTypes.get(operation);
    }

    Class<?> body(String operation) {
        return bodies.get(operation);
    }

    List<String> requestMediaTypes(String operation) {
        return requestMediaTypes.get(operation);
    }

    Set<Integer> extraProblems(String operation) {
        return extraProblems.getOrDefault(operation, Collections.emptySet());
    }

    /** Every operation named here, to check that none is misspelt. */
    Set<String> namedOperations() {
        Set<String> named = new TreeSet<>(publicOperations);
        named.addAll(successStatuses.keySet());
        named.addAll(mediaTypes.keySet());
        named.addAll(bodies.keySet());
        named.addAll(requestMediaTypes.keySet());
        named.addAll(extraProblems.keySet());
        return named;
    }
}
