package com.orderdesk.events.task;

/** The board columns a task moves through. BLOCKED returns to the status it was blocked from. */
public enum TaskStatus { TODO, IN_PROGRESS, IN_REVIEW, DONE, BLOCKED }
