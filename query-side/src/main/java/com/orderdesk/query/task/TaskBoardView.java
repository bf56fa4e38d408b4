package com.orderdesk.query.task;

import java.util.List;

/** The board: one column per status, in board order, each with its full count and its first cards. */
public record TaskBoardView(List<Column> columns) {

    public record Column(String status, long count, List<TaskCardView> cards) {
    }
}
