package com.orderdesk.query.task;

/** The live board of a workspace: initial result the board, updates the cards that changed. */
public record FetchTaskBoard(String workspaceId, int cardsPerColumn) {
}
