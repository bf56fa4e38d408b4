package com.orderdesk.command.privacy;

import com.orderdesk.command.account.EraseAccount;
import com.orderdesk.command.common.PrivacySettings;
import com.orderdesk.command.infra.ExclusiveRun;
import com.orderdesk.command.order.EraseCustomer;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.personaldata.JdbcSubjectKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Carries out due erasures and makes device information past its retention period unreadable, by destroying
 * the keys of its days. Each step is its own transaction, so one failing subject does not hold up the others.
 */
@Component
class PrivacyJob {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyJob.class);
    private static final MetaData BY_THE_SYSTEM = MetaData.with("actorRole", "SYSTEM");
    private static final int BATCH = 100;
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final PendingErasures pending;
    private final JdbcSubjectKeys keys;
    private final CommandGateway commands;
    private final EventGateway events;
    private final TransactionTemplate transaction;
    private final PrivacySettings settings;
    private final Clock clock;
    private final ExclusiveRun exclusive;

    PrivacyJob(PendingErasures pending, JdbcSubjectKeys keys, CommandGateway commands, EventGateway events,
               TransactionTemplate transaction, PrivacySettings settings, Clock clock, ExclusiveRun exclusive) {
        this.pending = pending;
        this.keys = keys;
        this.commands = commands;
        this.events = events;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
        this.exclusive = exclusive;
    }

    @Scheduled(initialDelayString = "${orderdesk.privacy.job-interval:PT1M}",
               fixedDelayString = "${orderdesk.privacy.job-interval:PT1M}")
    void run() {
        // One instance at a time: two would expire the same day's device data twice.
        exclusive.ifFree(ExclusiveRun.PRIVACY_JOB, () -> {
            eraseDue();
            expireDeviceData();
        });
    }

    void eraseDue() {
        Instant now = clock.instant();
        for (PendingErasures.Due due : pending.due(now, BATCH)) {
            Object command = switch (due.kind()) {
                case ACCOUNT -> new EraseAccount(due.aggregateId(), now);
                case CUSTOMER -> new EraseCustomer(due.aggregateId(), due.reason(), now);
            };
            try {
                Boolean erasedNow = commands.sendAndWait(command, BY_THE_SYSTEM);
                if (!Boolean.TRUE.equals(erasedNow)) {
                    pending.done(due.kind(), due.aggregateId()); // erased before: nothing left to do
                }
            } catch (RuntimeException e) {
                // Tried again later, backing off; the id is no personal data, the error's type says what failed.
                Duration wait = RETRY.multipliedBy(1L << Math.min(due.attempts(), 8));
                pending.failed(due.kind(), due.aggregateId(), now.plus(wait), e.getClass().getSimpleName());
                LOG.warn("Erasure of {} {} failed ({} attempts): {}", due.kind(), due.aggregateId(),
                         due.attempts() + 1, e.getClass().getSimpleName());
            }
        }
    }

    void expireDeviceData() {
        Instant now = clock.instant();
        LocalDate firstKept = LocalDate.ofInstant(now.minus(settings.deviceDataRetention()), ZoneOffset.UTC);
        transaction.executeWithoutResult(status -> {
            List<LocalDate> days = keys.destroyDeviceKeysBefore(firstKept, "RETENTION");
            if (!days.isEmpty()) {
                events.publish(new DeviceDataExpired(days, firstKept.minusDays(1), now));
            }
        });
    }
}
