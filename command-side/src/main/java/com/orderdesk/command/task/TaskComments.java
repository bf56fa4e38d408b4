package com.orderdesk.command.task;

import com.orderdesk.events.account.Role;
import com.orderdesk.events.task.TaskCommentDeleted;
import com.orderdesk.events.task.TaskCommentEdited;
import com.orderdesk.events.task.TaskCommented;
import com.orderdesk.web.caller.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Comments on a task. Owners and collaborators may comment on any task of their workspace; only the author
 * edits or deletes a comment. {@code @username} mentions of active members are resolved to account ids;
 * names that are not members are ignored (the comment stays as written), so a typo never loses a comment.
 */
class TaskComments {

    static final int MAX_LENGTH = 4000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]{2,39})");

    private final Task task;
    private final Map<String, String> authorByCommentId = new HashMap<>();

    TaskComments(Task task) {
        this.task = task;
    }

    @CommandHandler
    long handle(CommentOnTask command, WorkspaceMembers members) {
        Actor actor = command.actor();
        task.requireVisibleTo(actor);
        if (actor.role() != Role.OWNER && actor.role() != Role.COLLABORATOR) {
            throw new TaskChangeForbidden("Only owners and collaborators comment on tasks");
        }
        requireText(command.text());
        if (authorByCommentId.containsKey(command.commentId())) {
            throw new TaskRuleViolation("Comment " + command.commentId() + " already exists");
        }
        apply(new TaskCommented(command.taskId(), actor.workspaceId(), command.commentId(), actor.accountId(),
                                command.text(), mentions(command.text(), actor.workspaceId(), members)));
        return getVersion();
    }

    @CommandHandler
    long handle(EditTaskComment command, WorkspaceMembers members) {
        requireAuthor(command.actor(), command.commentId(), command.expectedVersion());
        requireText(command.text());
        apply(new TaskCommentEdited(command.taskId(), command.actor().workspaceId(), command.commentId(),
                                    command.text(), mentions(command.text(), command.actor().workspaceId(),
                                                             members)));
        return getVersion();
    }

    @CommandHandler
    long handle(DeleteTaskComment command) {
        requireAuthor(command.actor(), command.commentId(), command.expectedVersion());
        apply(new TaskCommentDeleted(command.taskId(), command.actor().workspaceId(), command.commentId()));
        return getVersion();
    }

    static List<String> mentions(String text, String workspaceId, WorkspaceMembers members) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        Map<String, String> ids = members.idsByUsername(workspaceId, names);
        return names.stream().filter(ids::containsKey).map(ids::get).distinct().toList();
    }

    private void requireAuthor(Actor actor, String commentId, Long expectedVersion) {
        task.requireVisibleTo(actor);
        task.requireVersion(expectedVersion);
        String author = authorByCommentId.get(commentId);
        if (author == null) {
            throw new TaskRuleViolation("The task has no comment " + commentId);
        }
        if (!author.equals(actor.accountId())) {
            throw new TaskChangeForbidden("Only the author of a comment may change or delete it");
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new TaskRuleViolation("A comment has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @EventSourcingHandler
    void on(TaskCommented event) {
        authorByCommentId.put(event.commentId(), event.authorId());
    }

    @EventSourcingHandler
    void on(TaskCommentDeleted event) {
        authorByCommentId.remove(event.commentId());
    }
}
