package com.orderdesk.query.notification;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Reads the notification processor's status on this instance: running, every segment it holds caught up, none
 * replaying or failing. Segments held by another instance are that instance's to judge.
 */
@Component
class NotificationsProcessorProgress implements NotificationsProgress {

    private final EventProcessingConfiguration processing;

    NotificationsProcessorProgress(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public boolean caughtUp() {
        return processing.eventProcessor(NotificationProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                         .filter(StreamingEventProcessor::isRunning)
                         .map(StreamingEventProcessor::processingStatus)
                         .filter(segments -> !segments.isEmpty())
                         .map(NotificationsProcessorProgress::allCaughtUp)
                         .orElse(false);
    }

    private static boolean allCaughtUp(Map<Integer, EventTrackerStatus> segments) {
        return segments.values().stream()
                       .allMatch(s -> s.isCaughtUp() && !s.isReplaying() && !s.isErrorState());
    }
}
