package com.orderdesk.system;

import com.orderdesk.events.task.TaskCreated;
import com.orderdesk.events.task.TaskPriority;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner and a collaborator working a task through both apps on real PostgreSQL, each watching their own live
 * streams: the board, the inbox, the task detail and the linked order.
 */
class TaskBoardSystemTest extends SystemTest {

    @Test
    void ownerAndCollaboratorWorkATaskAndSeeEachOthersChangesLive() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        try (Http.EventStream collaboratorInbox = Http.events(apps.queryUrl + "/api/notifications/live",
                                                              collaborator.token());
             Http.EventStream ownerBoard = Http.events(apps.queryUrl + "/api/tasks/board/live", owner.token());
             Http.EventStream ownerInbox = Http.events(apps.queryUrl + "/api/notifications/live", owner.token())) {
            assertThat(collaboratorInbox.next("\"unreadCount\":0")).contains("\"notification\":null");
            assertThat(ownerBoard.next("\"columns\"")).contains("\"TODO\"");
            ownerInbox.next("\"unreadCount\"");

            Http.Response created = Http.postJson(apps.commandUrl + "/api/tasks", """
                    {"title":"Pack the tea order","priority":"HIGH","labels":["packing"],"assigneeIds":["%s"]}"""
                    .formatted(collaborator.accountId()), owner.token());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String taskId = created.json().get("taskId").asString();

            String assigned = collaboratorInbox.next("\"ASSIGNED\"");
            assertThat(assigned).contains("Pack the tea order", "\"unreadCount\":1", owner.accountId());
            assertThat(ownerBoard.next(taskId)).contains("\"status\":\"TODO\"");

            Http.Response moved = Http.send("POST", apps.commandUrl + "/api/tasks/" + taskId + "/moves",
                                            "{\"status\":\"IN_PROGRESS\"}", collaborator.token(),
                                            Map.of("If-Match", "\"0\""));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);

            assertThat(ownerBoard.next("\"status\":\"IN_PROGRESS\"")).contains(taskId, "\"version\":1");
            assertThat(ownerInbox.next("\"TASK_MOVED\"")).contains("TODO → IN_PROGRESS", collaborator.accountId());
            assertThat(List.copyOf(collaboratorInbox.received())).as("nobody hears of their own move")
                                                                 .noneMatch(e -> e.contains("TASK_MOVED"));

            for (String next : List.of("IN_REVIEW", "DONE")) {
                long version = Http.get(apps.queryUrl + "/api/tasks/" + taskId, owner.token()).json()
                                   .get("card").get("version").asLong();
                Http.send("POST", apps.commandUrl + "/api/tasks/" + taskId + "/moves",
                          "{\"status\":\"%s\"}".formatted(next), collaborator.token(),
                          Map.of("If-Match", "\"" + version + "\""));
                ownerBoard.next("\"status\":\"" + next + "\"");
            }
            JsonNode board = Http.get(apps.queryUrl + "/api/tasks/board", owner.token()).json();
            assertThat(column(board, "DONE").get("count").asLong()).isEqualTo(1);
            assertThat(column(board, "TODO").get("count").asLong()).isZero();
        }
    }

    @Test
    void boardFiltersMyTasksAndTheDetailShowsActivityCommentsAndChecklist() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String mine = createTask(owner, """
                {"title":"Refund buyer","assigneeIds":["%s"],"labels":["refund"]}""".formatted(collaborator.accountId()));
        String other = createTask(owner, "{\"title\":\"Restock cups\",\"labels\":[\"stock\"]}");
        Http.Response comment = Http.postJson(apps.commandUrl + "/api/tasks/" + mine + "/comments",
                                              "{\"text\":\"@%s please check\"}".formatted(collaborator.username()),
                                              owner.token());
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        Http.Response item = Http.send("POST", apps.commandUrl + "/api/tasks/" + mine + "/checklist",
                                       "{\"text\":\"Call the bank\"}", owner.token(),
                                       Map.of("If-Match", "\"" + comment.json().get("version").asLong() + "\""));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        long version = item.json().get("version").asLong();

        // Names come from the accounts view, a separate projection that may still be catching up with the new member.
        JsonNode detail = awaitQuery(apps.queryUrl + "/api/tasks/" + mine + "?minVersion=" + version,
                                     collaborator.token(), r -> r.status() == 200 && r.body().contains("Member ")).json();
        assertThat(detail.get("card").get("commentCount").asInt()).isEqualTo(1);
        assertThat(detail.get("card").get("checklistTotal").asInt()).isEqualTo(1);
        assertThat(detail.get("card").get("assignees").get(0).get("displayName").asString()).startsWith("Member ");
        assertThat(detail.get("comments").get(0).get("text").asString()).contains("please check");
        assertThat(detail.get("activity").findValuesAsString("eventType"))
                .containsExactly("TaskCreated", "TaskCommented", "ChecklistItemAdded");
        assertThat(detail.get("activity").get(0).get("actorId").asString()).isEqualTo(owner.accountId());

        JsonNode myBoard = Http.get(apps.queryUrl + "/api/tasks/board?mine=true", collaborator.token()).json();
        assertThat(myBoard.findValuesAsString("taskId")).containsExactly(mine);
        JsonNode stock = Http.get(apps.queryUrl + "/api/tasks/board?label=stock", owner.token()).json();
        assertThat(stock.findValuesAsString("taskId")).containsExactly(other);
        JsonNode search = Http.get(apps.queryUrl + "/api/tasks/board?q=REFUND", owner.token()).json();
        assertThat(search.findValuesAsString("taskId")).containsExactly(mine);

        Http.Response mentioned = awaitQuery(apps.queryUrl + "/api/notifications?unreadFirst=true",
                                             collaborator.token(), r -> r.body().contains("MENTIONED"));
        assertThat(mentioned.json().get("unreadCount").asLong()).isEqualTo(2); // assigned + mentioned
    }

    @Test
    void orderDetailListsItsTasksAndFollowersHearOfStatusChanges() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("FOLLOW-1"), owner.token())
                             .json().get("orderId").asString();
        String taskId = createTask(owner, "{\"title\":\"Ship FOLLOW-1\",\"orderId\":\"%s\"}".formatted(orderId));
        Http.Response followed = Http.send("PUT", apps.commandUrl + "/api/orders/" + orderId + "/followers/me", null,
                                           collaborator.token(), Map.of());
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);

        JsonNode order = awaitQuery(apps.queryUrl + "/api/orders/" + orderId + "?minVersion="
                                    + followed.json().get("version").asLong(), owner.token(),
                                    r -> r.status() == 200 && r.body().contains(taskId)).json();
        assertThat(order.get("tasks").get(0).get("title").asString()).isEqualTo("Ship FOLLOW-1");
        assertThat(order.get("followerIds").get(0).asString()).isEqualTo(collaborator.accountId());
        JsonNode card = awaitQuery(apps.queryUrl + "/api/tasks/" + taskId, owner.token(), r -> r.status() == 200)
                .json().get("card");
        assertThat(card.get("orderNumber").asString()).isEqualTo("FOLLOW-1");

        Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", "{\"status\":\"CONFIRMED\"}",
                  owner.token(), Map.of("If-Match", "\"" + followed.json().get("version").asLong() + "\""));

        JsonNode inbox = awaitQuery(apps.queryUrl + "/api/notifications", collaborator.token(),
                                    r -> r.body().contains("ORDER_STATUS_CHANGED")).json();
        JsonNode notification = inbox.get("items").get(0);
        assertThat(notification.get("subject").asString()).isEqualTo("FOLLOW-1");
        assertThat(notification.get("detail").asString()).isEqualTo("RECORDED → CONFIRMED");
        assertThat(Http.get(apps.queryUrl + "/api/notifications", owner.token()).body())
                .doesNotContain("ORDER_STATUS_CHANGED");
    }

    @Test
    void readMarksAreTheRecipientsOwnAndBadInputIsAProblem() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        createTask(owner, "{\"title\":\"One\",\"assigneeIds\":[\"%s\"]}".formatted(collaborator.accountId()));
        createTask(owner, "{\"title\":\"Two\",\"assigneeIds\":[\"%s\"]}".formatted(collaborator.accountId()));
        JsonNode inbox = awaitQuery(apps.queryUrl + "/api/notifications?limit=1", collaborator.token(),
                                    r -> r.json().get("unreadCount").asLong() == 2).json();
        String newest = inbox.get("items").get(0).get("notificationId").asString();
        assertThat(inbox.get("nextCursor").isNull()).isFalse();

        assertThat(Http.send("POST", apps.queryUrl + "/api/notifications/" + newest + "/read", null, owner.token(),
                             Map.of()).status()).as("someone else's notification").isEqualTo(404);
        assertThat(Http.send("POST", apps.queryUrl + "/api/notifications/" + newest + "/read", null,
                             collaborator.token(), Map.of()).status()).isEqualTo(204);
        assertThat(Http.get(apps.queryUrl + "/api/notifications/unread-count", collaborator.token()).json()
                       .get("unread").asLong()).isEqualTo(1);
        JsonNode unreadFirst = Http.get(apps.queryUrl + "/api/notifications?unreadFirst=true", collaborator.token())
                                   .json();
        assertThat(unreadFirst.get("items").get(0).get("read").asBoolean()).isFalse();
        assertThat(unreadFirst.get("items").get(1).get("notificationId").asString()).isEqualTo(newest);

        Http.Response all = Http.send("POST", apps.queryUrl + "/api/notifications/read-all", null,
                                      collaborator.token(), Map.of());
        assertThat(all.json().get("marked").asInt()).isEqualTo(1);

        Http.Response badId = Http.send("POST", apps.queryUrl + "/api/notifications/not-a-uuid/read", null,
                                        collaborator.token(), Map.of());
        Http.Response badCursor = Http.get(apps.queryUrl + "/api/notifications?cursor=forged", collaborator.token());
        Http.Response badLimit = Http.get(apps.queryUrl + "/api/tasks/board?cardsPerColumn=0", owner.token());
        for (Http.Response bad : List.of(badId, badCursor, badLimit)) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body()).doesNotContain("Exception");
        }
    }

    @Test
    void nulCharactersNeverReachTheDatabase() {
        Accounts.Member owner = accounts.newOwner();
        Http.Response inBody = Http.postJson(apps.commandUrl + "/api/tasks", "{\"title\":\"a\\u0000b\"}",
                                             owner.token());
        Http.Response inQuery = Http.get(apps.queryUrl + "/api/tasks/board?q=%00", owner.token());
        Http.Response inCsv = Http.send("POST", apps.commandUrl + "/api/orders/imports",
                                        "external_order_number,currency,sku,title,quantity,unit_price\n"
                                        + "N-1,EUR,A,a\u0000b,1,1\n", owner.token(),
                                        Map.of("Content-Type", "text/csv"));
        for (Http.Response refused : List.of(inBody, inQuery, inCsv)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(apps.database.sql("SELECT count(*) FROM command_side.order_number_claim WHERE workspace_id = ?")
                                .param(owner.workspaceId()).query(Long.class).single()).isZero();
    }

    @Test
    void watchersAreRemindedOfATaskDueWithin24Hours() {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        Instant due = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        createTask(owner, "{\"title\":\"Call the courier\",\"dueAt\":\"%s\",\"assigneeIds\":[\"%s\"]}"
                .formatted(due, collaborator.accountId()));

        JsonNode reminded = awaitQuery(apps.queryUrl + "/api/notifications", collaborator.token(),
                                       r -> r.body().contains("TASK_DUE_SOON")).json();
        assertThat(reminded.get("items").get(0).get("detail").asString()).isEqualTo("Due " + due);
        awaitQuery(apps.queryUrl + "/api/notifications", owner.token(), r -> r.body().contains("TASK_DUE_SOON"));
    }

    @Test
    void anEventAProjectionCannotStoreIsDeadLetteredAndTheBoardGoesOn() {
        Accounts.Member owner = accounts.newOwner();
        String poisonId = UUID.randomUUID().toString();
        // Longer than any title the API accepts: the board's VARCHAR(200) refuses it.
        apps.commandSide.getBean(EventStore.class).publish(new GenericDomainEventMessage<>(
                "Task", poisonId, 0, new TaskCreated(poisonId, owner.workspaceId(), owner.accountId(), "x".repeat(300),
                                                     null, null, TaskPriority.NORMAL, null, List.of(), List.of())));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (deadLetters("task-board", poisonId) == 0 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertThat(deadLetters("task-board", poisonId)).as("dead-lettered, not retried forever").isEqualTo(1);
        String healthy = createTask(owner, "{\"title\":\"Still works\"}");
        awaitQuery(apps.queryUrl + "/api/tasks/" + healthy, owner.token(), r -> r.status() == 200);
        assertThat(Http.get(apps.queryUrl + "/api/tasks/" + poisonId, owner.token()).status()).isEqualTo(404);
    }

    @Test
    void aBatchWithOnePoisonEventDeadLettersExactlyThatEventAndProjectsTheRest() {
        Accounts.Member owner = accounts.newOwner();
        // The third cannot be stored (title over VARCHAR(200)).
        List<String> ids = fiveTasksInOneBatch(owner, i -> i == 2 ? "x".repeat(300) : "Batch task " + i,
                                               i -> MetaData.emptyInstance());

        for (int i : List.of(0, 1, 3, 4)) {
            awaitQuery(apps.queryUrl + "/api/tasks/" + ids.get(i), owner.token(), r -> r.status() == 200);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (deadLetters("task-board", ids.get(2)) == 0 && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertThat(apps.database.sql("""
                                     SELECT sequence_identifier FROM query_side.dead_letter_entry
                                     WHERE processing_group = 'task-board' AND sequence_identifier IN (?, ?, ?, ?, ?)""")
                                .params(ids.toArray()).query(String.class).list())
                .as("only the poison event is dead-lettered").containsExactly(ids.get(2));
        assertThat(Http.get(apps.queryUrl + "/api/tasks/" + ids.get(2), owner.token()).status()).isEqualTo(404);
    }

    @Test
    void aBatchWhoseDeferredInsertsFailDeadLettersExactlyTheBadEvent() {
        Accounts.Member owner = accounts.newOwner();
        // The activity line and the audit entry are inserted at the end of the batch; the third event's actor role
        // fits neither table (VARCHAR(16)), so the batch's inserts fail together and no single handler is to blame.
        List<String> ids = fiveTasksInOneBatch(owner, i -> "Deferred " + i, i -> MetaData
                .with("actorId", owner.accountId()).and("actorRole", i == 2 ? "R".repeat(40) : "OWNER"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while ((deadLetters("task-board", ids.get(2)) == 0 || deadLetters("audit-trail", ids.get(2)) == 0)
               && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        for (String group : List.of("task-board", "audit-trail")) {
            assertThat(apps.database.sql("""
                                         SELECT sequence_identifier FROM query_side.dead_letter_entry
                                         WHERE processing_group = ? AND sequence_identifier IN (?, ?, ?, ?, ?)""")
                                    .params(group, ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4))
                                    .query(String.class).list())
                    .as("only the bad event is dead-lettered by %s", group).containsExactly(ids.get(2));
        }
        List<String> healthy = List.of(ids.get(0), ids.get(1), ids.get(3), ids.get(4));
        assertThat(apps.database.sql("SELECT count(*) FROM query_side.task_activity WHERE task_id = ANY(?)")
                                .param(healthy.toArray(String[]::new)).query(Long.class).single()).isEqualTo(4);
        assertThat(apps.database.sql("SELECT count(*) FROM query_side.audit_entry WHERE aggregate_id = ANY(?)")
                                .param(healthy.toArray(String[]::new)).query(Long.class).single()).isEqualTo(4);
    }

    /**
     * Appends the creation of five tasks of one segment (same hash bits for up to 16 segments) in one transaction, so
     * that they reach a processor together, in one batch; answers their ids.
     */
    private static List<String> fiveTasksInOneBatch(Accounts.Member owner, IntFunction<String> title,
                                                    IntFunction<MetaData> metaData) {
        List<String> ids = new ArrayList<>();
        int bits = UUID.randomUUID().toString().hashCode() & 15;
        while (ids.size() < 5) {
            String id = UUID.randomUUID().toString();
            if ((id.hashCode() & 15) == bits) {
                ids.add(id);
            }
        }
        List<GenericDomainEventMessage<TaskCreated>> created = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            created.add(new GenericDomainEventMessage<>("Task", ids.get(i), 0, new TaskCreated(
                    ids.get(i), owner.workspaceId(), owner.accountId(), title.apply(i), null, null,
                    TaskPriority.NORMAL, null, List.of(), List.of()), metaData.apply(i)));
        }
        apps.commandSide.getBean(EventStore.class).publish(created);
        return ids;
    }

    private static long deadLetters(String processingGroup, String aggregateId) {
        return apps.database.sql("""
                                 SELECT count(*) FROM query_side.dead_letter_entry
                                 WHERE processing_group = ? AND sequence_identifier = ?""")
                            .params(processingGroup, aggregateId).query(Long.class).single();
    }

    private static String createTask(Accounts.Member owner, String json) {
        Http.Response created = Http.postJson(apps.commandUrl + "/api/tasks", json, owner.token());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("taskId").asString();
    }

    private static JsonNode column(JsonNode board, String status) {
        for (JsonNode column : board.get("columns")) {
            if (column.get("status").asString().equals(status)) {
                return column;
            }
        }
        throw new AssertionError("no column " + status);
    }
}
