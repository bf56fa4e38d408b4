package com.orderdesk.system;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.orderdesk.system.Await.awaitQuery;
import static com.orderdesk.system.OrderSliceSystemTest.minimalOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Live views over server-sent events (Axon subscription queries) on the query side. */
class LiveUpdatesSystemTest extends SystemTest {

    @Test
    void aBrowserOnAnotherQuerySideInstanceSeesTheChangesThisOneProjects() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member collaborator = accounts.newMember(owner, "COLLABORATOR");
        // A second instance on the same database: the first holds every processor's segment, so only it projects.
        try (ConfigurableApplicationContext second = BothApps.querySide(apps.commandSide)) {
            String secondUrl = "http://localhost:" + BothApps.port(second);
            try (Http.EventStream orders = Http.events(secondUrl + "/api/orders/live", owner.token());
                 Http.EventStream board = Http.events(secondUrl + "/api/tasks/board/live", owner.token());
                 Http.EventStream inbox = Http.events(secondUrl + "/api/notifications/live", collaborator.token())) {
                assertThat(orders.status()).isEqualTo(200);
                SystemProcesses.sleep(java.time.Duration.ofMillis(300)); // the subscriptions are registered

                String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("FANOUT-1"),
                                               owner.token()).json().get("orderId").asString();
                assertThat(orders.next(orderId)).contains("FANOUT-1");

                String taskId = Http.postJson(apps.commandUrl + "/api/tasks", """
                        {"title":"Wrap FANOUT-1","assigneeIds":["%s"]}""".formatted(collaborator.accountId()),
                                              owner.token()).json().get("taskId").asString();
                assertThat(board.next(taskId)).contains("Wrap FANOUT-1");
                assertThat(inbox.next("\"ASSIGNED\"")).contains(taskId);
            }
        }
    }

    @Test
    void orderDetailStreamSendsTheCurrentStateThenEachChange() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("LIVE-1"), owner.token())
                             .json().get("orderId").asString();
        awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(), r -> r.status() == 200);

        try (Http.EventStream stream = Http.events(apps.queryUrl + "/api/orders/" + orderId + "/live",
                                                   owner.token())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("\"status\":\"RECORDED\"")).contains(orderId);

            Http.send("POST", apps.commandUrl + "/api/orders/" + orderId + "/status", "{\"status\":\"CONFIRMED\"}",
                      owner.token(), Map.of("If-Match", "\"0\""));

            assertThat(stream.next("\"status\":\"CONFIRMED\"")).contains("\"version\":1");
        }
    }

    @Test
    void orderDetailStreamTellsOfTheTasksLinkedToTheOrder() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("LIVE-3"), owner.token())
                             .json().get("orderId").asString();
        awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(), r -> r.status() == 200);

        try (Http.EventStream stream = Http.events(apps.queryUrl + "/api/orders/" + orderId + "/live",
                                                   owner.token())) {
            stream.next("\"status\":\"RECORDED\"");

            String taskId = Http.postJson(apps.commandUrl + "/api/tasks",
                                          "{\"title\":\"Call the courier\",\"orderId\":\"" + orderId + "\"}",
                                          owner.token()).json().get("taskId").asString();
            assertThat(stream.next("Call the courier")).contains(taskId);

            Http.send("POST", apps.commandUrl + "/api/tasks/" + taskId + "/moves",
                      "{\"status\":\"IN_PROGRESS\"}", owner.token(), Map.of("If-Match", "\"0\""));
            assertThat(stream.next("\"IN_PROGRESS\"")).contains(taskId);
        }
    }

    @Test
    void orderListStreamAnnouncesNewOrdersOfTheWorkspaceOnly() throws Exception {
        Accounts.Member owner = accounts.newOwner();
        Accounts.Member stranger = accounts.newOwner();
        try (Http.EventStream stream = Http.events(apps.queryUrl + "/api/orders/live", owner.token())) {
            stream.next("\"items\"");

            String theirs = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("THEIRS-1"), stranger.token())
                                .json().get("orderId").asString();
            Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("MINE-1"), owner.token());

            assertThat(stream.next("MINE-1")).doesNotContain("THEIRS-1");
            // Once the stranger's order is projected, a leaked update would have been sent already.
            awaitQuery(apps.queryUrl + "/api/orders/" + theirs, stranger.token(), r -> r.status() == 200);
            assertThat(stream.next("THEIRS-1", Duration.ofMillis(500))).as("no late leak").isEmpty();
            assertThat(List.copyOf(stream.received())).noneMatch(event -> event.contains("THEIRS-1"));
        }
    }

    @Test
    void streamOfAnotherWorkspacesOrderIsNotFound() {
        Accounts.Member owner = accounts.newOwner();
        String orderId = Http.postJson(apps.commandUrl + "/api/orders", minimalOrder("LIVE-2"), owner.token())
                             .json().get("orderId").asString();
        awaitQuery(apps.queryUrl + "/api/orders/" + orderId, owner.token(), r -> r.status() == 200);

        assertThat(Http.statusOfStream(apps.queryUrl + "/api/orders/" + orderId + "/live",
                                       accounts.newOwner().token())).isEqualTo(404);
    }
}
