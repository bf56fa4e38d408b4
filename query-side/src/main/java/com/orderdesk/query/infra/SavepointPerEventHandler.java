package com.orderdesk.query.infra;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one bad event go to the dead-letter queue while the rest of its batch goes on, at the cost of a savepoint
 * only where a failure was seen (decisions/0005).
 * <p>
 * A batch's handlers first run straight in the batch's transaction: a savepoint per handler was a quarter of the
 * query side's CPU during a rebuild (docs/benchmarks.md). When a handler fails there, the event is remembered and
 * the whole batch is made to roll back (PostgreSQL refuses every later statement of a transaction with a failed
 * one, and a handler that failed after some writes must not keep them); Axon then gives the segment up and claims
 * it again, and the retried batch runs the remembered event inside a savepoint: if it fails again, only its own
 * writes are rolled back and Axon dead-letters exactly that event in the same, still usable transaction. Outside a
 * batch (a dead letter being retried, a test calling a handler) every handler runs in a savepoint, as before.
 */
@Component
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private static final String BATCH_FAILED = SavepointPerEventHandler.class.getName() + ".batchFailed";

    private final TransactionTemplate savepoint;
    /** Processing group and event id of the events whose handler failed outside a savepoint, until retried. */
    private final Set<String> failedUnguarded = ConcurrentHashMap.newKeySet();
    /** The key of the event whose handler runs on this thread outside a savepoint, if one does. */
    private final ThreadLocal<String> unguarded = new ThreadLocal<>();

    SavepointPerEventHandler(PlatformTransactionManager transactionManager) {
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !original.hasAnnotation(EventHandler.class)) {
            return original;
        }
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(),
                                                                           ProcessingGroup.class);
        String processingGroup = group == null ? original.declaringClass().getName() : group.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                String key = processingGroup + "/" + message.getIdentifier();
                UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
                if (unitOfWork instanceof BatchingUnitOfWork<?> batch && !failedUnguarded.contains(key)) {
                    unguarded.set(key);
                    try {
                        return super.handle(message, target);
                    } catch (Exception | Error e) {
                        failedUnguarded.add(key);
                        failWholeBatch(batch);
                        throw e;
                    } finally {
                        unguarded.remove();
                    }
                }
                if (unitOfWork != null) {
                    unitOfWork.afterCommit(u -> failedUnguarded.remove(key));
                }
                return inSavepoint(message, target);
            }

            private Object inSavepoint(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailed(e);
                        }
                    });
                } catch (HandlerFailed failed) {
                    throw failed.cause;
                }
            }
        };
    }

    /**
     * The event whose handler runs on this thread outside a savepoint (its writes may be deferred to the end of the
     * batch), or null when it runs in a savepoint or outside a batch (its writes must run at once, inside it).
     */
    String unguardedEvent() {
        return unguarded.get();
    }

    /** Remembers events whose deferred writes failed, so that the retried batch runs each in a savepoint. */
    void failedUnguarded(Collection<String> eventKeys) {
        failedUnguarded.addAll(eventKeys);
    }

    /**
     * Rolls the batch back even when Axon went on after the failure (a handler that failed without a database
     * error leaves the transaction usable, and Axon would dead-letter the event and commit the handler's partial
     * writes).
     */
    private static void failWholeBatch(BatchingUnitOfWork<?> batch) {
        if (batch.resources().putIfAbsent(BATCH_FAILED, Boolean.TRUE) == null) {
            batch.onPrepareCommit(u -> {
                throw new RetryWithSavepoints();
            });
        }
    }

    /** Rolls back a batch in which a handler failed outside a savepoint, so that it is retried with one. */
    static final class RetryWithSavepoints extends RuntimeException {
        RetryWithSavepoints() {
            super("A handler failed outside a savepoint; the batch is rolled back and retried with a savepoint for"
                  + " that event", null, false, false);
        }
    }

    /** Carries a checked exception out of the transaction callback, which rolls back to the savepoint. */
    private static final class HandlerFailed extends RuntimeException {
        private final Exception cause;

        HandlerFailed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
