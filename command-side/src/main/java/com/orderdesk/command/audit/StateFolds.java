package com.orderdesk.command.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How each event changes an aggregate's state, written out for the history replay: the state is plain JSON
 * built from the events alone (as stored), so an auditor sees it exactly as the record implies. An event without
 * a rule here sets its fields on the state (ids aside).
 */
final class StateFolds {

    private static final Set<String> IDS = Set.of("orderId", "taskId", "accountId");

    private static final Map<String, BiConsumer<ObjectNode, JsonNode>> RULES = Map.ofEntries(
            Map.entry("OrderRecorded", (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "RECORDED");
                s.putObject("notes");
                s.putObject("attachments");
                s.putArray("followerIds");
            }),
            Map.entry("OrderStatusChanged", (s, e) -> {
                s.set("status", e.get("to"));
                s.set("statusReason", e.get("reason"));
                if (!e.path("shipment").isNull() && !e.path("shipment").isMissingNode()) {
                    s.set("shipment", e.get("shipment"));
                }
                if (!e.path("afterSalesKind").isNull() && !e.path("afterSalesKind").isMissingNode()) {
                    s.set("afterSalesKind", e.get("afterSalesKind"));
                }
            }),
            Map.entry("OrderLinesChanged", (s, e) -> {
                s.set("lines", e.get("lines"));
                s.set("total", e.get("total"));
            }),
            Map.entry("OrderTagged", (s, e) -> add(s, "tags", e.get("tag"))),
            Map.entry("OrderUntagged", (s, e) -> remove(s, "tags", e.get("tag"))),
            Map.entry("OrderFollowed", (s, e) -> add(s, "followerIds", e.get("followerId"))),
            Map.entry("OrderUnfollowed", (s, e) -> remove(s, "followerIds", e.get("followerId"))),
            Map.entry("InternalNoteAdded", (s, e) -> entry(s, "notes", e.get("noteId"))
                    .put("authorId", e.get("authorId").asString()).put("text", e.get("text").asString())),
            Map.entry("InternalNoteEdited", (s, e) -> entry(s, "notes", e.get("noteId"))
                    .put("text", e.get("text").asString())),
            Map.entry("InternalNoteDeleted", (s, e) -> ((ObjectNode) s.get("notes")).remove(e.get("noteId").asString())),
            Map.entry("AttachmentAdded", (s, e) -> entry(s, "attachments", e.get("attachmentId"))
                    .put("fileName", e.get("fileName").asString()).put("contentType", e.get("contentType").asString())
                    .put("size", e.get("size").asLong()).put("sha256", e.get("sha256").asString())),
            Map.entry("AttachmentRemoved", (s, e) -> ((ObjectNode) s.get("attachments"))
                    .remove(e.get("attachmentId").asString())),
            Map.entry("TaskCreated", (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "TODO");
                ArrayNode watchers = s.putArray("watcherIds");
                watchers.add(e.get("creatorId").asString());
                e.get("assigneeIds").forEach(id -> {
                    if (!contains(watchers, id)) {
                        watchers.add(id);
                    }
                });
                s.put("progress", 0);
                s.putObject("checklist");
                s.putObject("comments");
                s.put("archived", false);
            }),
            Map.entry("TaskMoved", (s, e) -> {
                s.set("status", e.get("to"));
                s.set("blockedReason", "BLOCKED".equals(e.get("to").asString()) ? e.get("reason")
                        : JsonNodeFactory.instance.nullNode());
            }),
            Map.entry("TaskAssigned", (s, e) -> {
                add(s, "assigneeIds", e.get("assigneeId"));
                add(s, "watcherIds", e.get("assigneeId"));
            }),
            Map.entry("TaskUnassigned", (s, e) -> remove(s, "assigneeIds", e.get("assigneeId"))),
            Map.entry("TaskWatched", (s, e) -> add(s, "watcherIds", e.get("watcherId"))),
            Map.entry("TaskUnwatched", (s, e) -> remove(s, "watcherIds", e.get("watcherId"))),
            Map.entry("TaskProgressReported", (s, e) -> s.set("progress", e.get("percent"))),
            Map.entry("ChecklistItemAdded", (s, e) -> entry(s, "checklist", e.get("itemId"))
                    .put("text", e.get("text").asString()).put("done", false)),
            Map.entry("ChecklistItemTicked", (s, e) -> entry(s, "checklist", e.get("itemId"))
                    .put("done", e.get("done").asBoolean())),
            Map.entry("ChecklistItemRemoved", (s, e) -> ((ObjectNode) s.get("checklist"))
                    .remove(e.get("itemId").asString())),
            Map.entry("TaskCommented", (s, e) -> entry(s, "comments", e.get("commentId"))
                    .put("authorId", e.get("authorId").asString()).put("text", e.get("text").asString())),
            Map.entry("TaskCommentEdited", (s, e) -> entry(s, "comments", e.get("commentId"))
                    .put("text", e.get("text").asString())),
            Map.entry("TaskCommentDeleted", (s, e) -> ((ObjectNode) s.get("comments"))
                    .remove(e.get("commentId").asString())),
            Map.entry("TaskArchived", (s, e) -> s.put("archived", true)),
            Map.entry("AccountRegistered", (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "ACTIVE");
            }),
            Map.entry("MemberInvited", (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "INVITED");
            }),
            Map.entry("InvitationAccepted", (s, e) -> s.put("status", "ACTIVE")),
            Map.entry("AccountLocked", (s, e) -> s.set("lockedUntil", e.get("lockedUntil"))),
            Map.entry("AccountUnlocked", (s, e) -> s.putNull("lockedUntil")),
            Map.entry("MemberRemoved", (s, e) -> s.put("status", "REMOVED")),
            Map.entry("AccountDeactivated", (s, e) -> s.put("status", "DEACTIVATED")),
            Map.entry("MemberRoleChanged", (s, e) -> s.set("role", e.get("role"))),
            Map.entry("LoginSucceeded", (s, e) -> s.put("lastSignInFrom", e.path("clientIp").asString(null))),
            Map.entry("LoginFailed", (s, e) -> s.set("consecutiveFailures", e.get("consecutiveFailures"))));

    private StateFolds() {
    }

    /** Applies one event (its simple type name and its payload as JSON) to the state, in place. */
    static void apply(ObjectNode state, String eventType, JsonNode payload) {
        BiConsumer<ObjectNode, JsonNode> rule = RULES.get(eventType);
        if (rule != null) {
            rule.accept(state, payload);
            return;
        }
        payload.properties().forEach(field -> {
            if (!IDS.contains(field.getKey()) && !field.getKey().equals("workspaceId")) {
                state.set(field.getKey(), field.getValue());
            }
        });
    }

    private static ObjectNode entry(ObjectNode state, String collection, JsonNode id) {
        ObjectNode entries = (ObjectNode) state.get(collection);
        JsonNode existing = entries.get(id.asString());
        return existing instanceof ObjectNode object ? object : entries.putObject(id.asString());
    }

    private static void add(ObjectNode state, String array, JsonNode value) {
        ArrayNode values = state.has(array) ? (ArrayNode) state.get(array) : state.putArray(array);
        if (!contains(values, value)) {
            values.add(value);
        }
    }

    private static void remove(ObjectNode state, String array, JsonNode value) {
        if (state.get(array) instanceof ArrayNode values) {
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).equals(value)) {
                    values.remove(i);
                }
            }
        }
    }

    private static boolean contains(ArrayNode values, JsonNode value) {
        for (JsonNode existing : values) {
            if (existing.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
