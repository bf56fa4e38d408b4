package com.orderdesk.command.audit;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.AccountUnlocked;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.PasswordChanged;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.TokensRevoked;
import com.orderdesk.events.order.AttachmentAdded;
import com.orderdesk.events.order.AttachmentRemoved;
import com.orderdesk.events.order.BuyerNoteChanged;
import com.orderdesk.events.order.CustomerContactCorrected;
import com.orderdesk.events.order.InternalNoteAdded;
import com.orderdesk.events.order.InternalNoteDeleted;
import com.orderdesk.events.order.InternalNoteEdited;
import com.orderdesk.events.order.OrderFollowed;
import com.orderdesk.events.order.OrderLinesChanged;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.OrderStatusChanged;
import com.orderdesk.events.order.OrderTagged;
import com.orderdesk.events.order.OrderUnfollowed;
import com.orderdesk.events.order.OrderUntagged;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.AccountErasureCancelled;
import com.orderdesk.events.privacy.AccountErasureRequested;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.CustomerErasureRequested;
import com.orderdesk.events.task.ChecklistItemAdded;
import com.orderdesk.events.task.ChecklistItemRemoved;
import com.orderdesk.events.task.ChecklistItemTicked;
import com.orderdesk.events.task.TaskArchived;
import com.orderdesk.events.task.TaskAssigned;
import com.orderdesk.events.task.TaskCommentDeleted;
import com.orderdesk.events.task.TaskCommentEdited;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskDetailsChanged;
import com.orderdesk.events.task.TaskDueDateChanged;
import com.orderdesk.events.task.TaskLabelsChanged;
import com.orderdesk.events.task.TaskMoved;
import com.orderdesk.events.task.TaskPriorityChanged;
import com.orderdesk.events.task.TaskProgressReported;
import com.orderdesk.events.task.TaskUnassigned;
import com.orderdesk.events.task.TaskUnwatched;
import com.orderdesk.events.task.TaskWatched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How each event changes an aggregate's state, written out for the history replay: the state is plain JSON
 * built from the events alone (as stored), so an auditor sees it exactly as the record implies. Rules are keyed
 * by the shared event classes, so renaming an event cannot silently detach its rule; an event without a rule sets
 * its fields on the state (ids aside).
 */
final class StateFolds {

    private static final Set<String> IDS = Set.of("orderId", "taskId", "accountId");

    /**
     * Events of orders, tasks and accounts whose fields simply become the state. Folding them needs no entry here
     * (any event without a rule is folded so); listing them says the replay was told about them, and
     * {@code StateFoldsTest} fails for an event of those aggregates that is in neither this set nor the rules.
     */
    private static final Set<Class<?>> FIELDS_ARE_STATE = Set.of(
            BuyerNoteChanged.class, CustomerContactCorrected.class, CustomerErasureRequested.class,
            CustomerErased.class, TaskDetailsChanged.class, TaskDueDateChanged.class, TaskLabelsChanged.class,
            TaskPriorityChanged.class, PasswordChanged.class, ProfileRectified.class, TokensRevoked.class,
            LoginRefused.class, AccountErasureRequested.class, AccountErasureCancelled.class, AccountErased.class);

    private static final Map<Class<?>, BiConsumer<ObjectNode, JsonNode>> RULES = Map.ofEntries(
            Map.entry(OrderRecorded.class, (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "RECORDED");
                s.putObject("notes");
                s.putObject("attachments");
                s.putArray("followerIds");
            }),
            Map.entry(OrderStatusChanged.class, (s, e) -> {
                s.set("status", e.get("to"));
                s.set("statusReason", e.get("reason"));
                if (!e.path("shipment").isNull() && !e.path("shipment").isMissingNode()) {
                    s.set("shipment", e.get("shipment"));
                }
                if (!e.path("afterSalesKind").isNull() && !e.path("afterSalesKind").isMissingNode()) {
                    s.set("afterSalesKind", e.get("afterSalesKind"));
                }
            }),
            Map.entry(OrderLinesChanged.class, (s, e) -> {
                s.set("lines", e.get("lines"));
                s.set("total", e.get("total"));
            }),
            Map.entry(OrderTagged.class, (s, e) -> add(s, "tags", e.get("tag"))),
            Map.entry(OrderUntagged.class, (s, e) -> remove(s, "tags", e.get("tag"))),
            Map.entry(OrderFollowed.class, (s, e) -> add(s, "followerIds", e.get("followerId"))),
            Map.entry(OrderUnfollowed.class, (s, e) -> remove(s, "followerIds", e.get("followerId"))),
            Map.entry(InternalNoteAdded.class, (s, e) -> entry(s, "notes", e.get("noteId"))
                    .put("authorId", e.get("authorId").asString()).put("text", e.get("text").asString())),
            Map.entry(InternalNoteEdited.class, (s, e) -> entry(s, "notes", e.get("noteId"))
                    .put("text", e.get("text").asString())),
            Map.entry(InternalNoteDeleted.class, (s, e) -> ((ObjectNode) s.get("notes"))
                    .remove(e.get("noteId").asString())),
            Map.entry(AttachmentAdded.class, (s, e) -> entry(s, "attachments", e.get("attachmentId"))
                    .put("fileName", e.get("fileName").asString()).put("contentType", e.get("contentType").asString())
                    .put("size", e.get("size").asLong()).put("sha256", e.get("sha256").asString())),
            Map.entry(AttachmentRemoved.class, (s, e) -> ((ObjectNode) s.get("attachments"))
                    .remove(e.get("attachmentId").asString())),
            Map.entry(TaskCreated.class, (s, e) -> {
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
            Map.entry(TaskMoved.class, (s, e) -> {
                s.set("status", e.get("to"));
                s.set("blockedReason", "BLOCKED".equals(e.get("to").asString()) ? e.get("reason")
                        : JsonNodeFactory.instance.nullNode());
            }),
            Map.entry(TaskAssigned.class, (s, e) -> {
                add(s, "assigneeIds", e.get("assigneeId"));
                add(s, "watcherIds", e.get("assigneeId"));
            }),
            Map.entry(TaskUnassigned.class, (s, e) -> remove(s, "assigneeIds", e.get("assigneeId"))),
            Map.entry(TaskWatched.class, (s, e) -> add(s, "watcherIds", e.get("watcherId"))),
            Map.entry(TaskUnwatched.class, (s, e) -> remove(s, "watcherIds", e.get("watcherId"))),
            Map.entry(TaskProgressReported.class, (s, e) -> s.set("progress", e.get("percent"))),
            Map.entry(ChecklistItemAdded.class, (s, e) -> entry(s, "checklist", e.get("itemId"))
                    .put("text", e.get("text").asString()).put("done", false)),
            Map.entry(ChecklistItemTicked.class, (s, e) -> entry(s, "checklist", e.get("itemId"))
                    .put("done", e.get("done").asBoolean())),
            Map.entry(ChecklistItemRemoved.class, (s, e) -> ((ObjectNode) s.get("checklist"))
                    .remove(e.get("itemId").asString())),
            Map.entry(TaskCommented.class, (s, e) -> entry(s, "comments", e.get("commentId"))
                    .put("authorId", e.get("authorId").asString()).put("text", e.get("text").asString())),
            Map.entry(TaskCommentEdited.class, (s, e) -> entry(s, "comments", e.get("commentId"))
                    .put("text", e.get("text").asString())),
            Map.entry(TaskCommentDeleted.class, (s, e) -> ((ObjectNode) s.get("comments"))
                    .remove(e.get("commentId").asString())),
            Map.entry(TaskArchived.class, (s, e) -> s.put("archived", true)),
            Map.entry(AccountRegistered.class, (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "ACTIVE");
            }),
            Map.entry(MemberInvited.class, (s, e) -> {
                s.setAll((ObjectNode) e);
                s.put("status", "INVITED");
            }),
            Map.entry(InvitationAccepted.class, (s, e) -> s.put("status", "ACTIVE")),
            Map.entry(AccountLocked.class, (s, e) -> s.set("lockedUntil", e.get("lockedUntil"))),
            Map.entry(AccountUnlocked.class, (s, e) -> s.putNull("lockedUntil")),
            Map.entry(MemberRemoved.class, (s, e) -> s.put("status", "REMOVED")),
            Map.entry(AccountDeactivated.class, (s, e) -> s.put("status", "DEACTIVATED")),
            Map.entry(MemberRoleChanged.class, (s, e) -> s.set("role", e.get("role"))),
            Map.entry(LoginSucceeded.class, (s, e) -> s.put("lastSignInFrom", e.path("clientIp").asString(null))),
            Map.entry(LoginFailed.class, (s, e) -> s.set("consecutiveFailures", e.get("consecutiveFailures"))));

    private StateFolds() {
    }

    /** Applies one event (its payload's class and its payload as JSON) to the state, in place. */
    static void apply(ObjectNode state, Class<?> eventType, JsonNode payload) {
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

    /** The event classes folded by a rule of their own. */
    static Set<Class<?>> eventsWithRules() {
        return RULES.keySet();
    }

    /** The event classes known to need no rule: their fields are the state. */
    static Set<Class<?>> eventsWhoseFieldsAreState() {
        return FIELDS_ARE_STATE;
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
