package com.orderdesk.query.task;

import com.orderdesk.query.web.LiveStreams;
import com.orderdesk.query.web.NotFound;
import com.orderdesk.query.web.ReadYourWrites;
import com.orderdesk.web.caller.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import java.util.HashSet;
import java.util.Set;

/** The task board, task detail and the live board, always within the caller's workspace. */
@RestController
@Validated
@RequestMapping("/api/tasks")
class TaskQueryController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";
    private static final int LIVE_CARDS_PER_COLUMN = 100;

    private final TaskBoardReads reads;
    private final QueryGateway queries;
    private final LiveStreams live;

    TaskQueryController(TaskBoardReads reads, QueryGateway queries, LiveStreams live) {
        this.reads = reads;
        this.queries = queries;
        this.live = live;
    }

    /**
     * Shows the workspace's task board: every column with its count and first cards, optionally filtered.
     * <p>
     * {@code mine=true} keeps the tasks assigned to the caller; every other filter narrows further (with
     * {@code assignee} too: tasks assigned to both).
     */
    @GetMapping("/board")
    TaskBoardView board(Actor actor,
                        @RequestParam(required = false) @Pattern(regexp = ID) String assignee,
                        @RequestParam(required = false) @Size(min = 1, max = 40) String label,
                        @RequestParam(required = false) @Pattern(regexp = ID) String orderId,
                        @RequestParam(required = false) Boolean overdue,
                        @RequestParam(required = false) @Size(min = 1, max = 100) String q,
                        @RequestParam(defaultValue = "false") boolean mine,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(500) int cardsPerColumn) {
        Set<String> assignees = new HashSet<>();
        if (assignee != null) {
            assignees.add(assignee);
        }
        if (mine) {
            assignees.add(actor.accountId());
        }
        return reads.board(actor.workspaceId(), new TaskFilter(assignees, label, orderId, overdue, q),
                           cardsPerColumn);
    }

    /**
     * Shows one task with its checklist, comments, watchers and activity.
     * <p>
     * With {@code minVersion} (the version a command answered) it waits for it: read-your-writes.
     */
    @GetMapping("/{taskId}")
    ResponseEntity<TaskDetailView> task(Actor actor,
                                        @PathVariable @Pattern(regexp = ID) String taskId,
                                        @RequestParam(required = false) @Min(0) Long minVersion,
                                        @RequestParam(defaultValue = "5000") @Min(0) @Max(10_000) long waitMillis) {
        String workspaceId = actor.workspaceId();
        ReadYourWrites.Read<TaskDetailView> read = ReadYourWrites.read(() -> reads.detail(workspaceId, taskId),
                                                                       detail -> detail.card().version(),
                                                                       minVersion, waitMillis);
        TaskDetailView detail = read.value().orElseThrow(() -> new NotFound("Task", taskId));
        return ResponseEntity.ok()
                             .eTag(Long.toString(detail.card().version()))
                             .header(ReadYourWrites.CONSISTENT_HEADER, Boolean.toString(read.consistent()))
                             .body(detail);
    }

    /**
     * Streams the task board live as server-sent events.
     * <p>
     * Event "board" with the whole board first, then a "card" event for every card that changes.
     */
    @GetMapping(path = "/board/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> liveBoard(Actor actor) {
        SubscriptionQueryResult<TaskBoardView, TaskCardView> result = queries.subscriptionQuery(
                new FetchTaskBoard(actor.workspaceId(), LIVE_CARDS_PER_COLUMN),
                ResponseTypes.instanceOf(TaskBoardView.class), ResponseTypes.instanceOf(TaskCardView.class));
        return live.stream(result.initialResult().flux().map(board -> LiveStreams.event("board", board))
                                 .concatWith(result.updates().map(card -> LiveStreams.event("card", card))),
                           result);
    }
}
