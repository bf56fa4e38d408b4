package com.orderdesk.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The one way controllers send a command: in a transaction (joining the caller's, so a file stored or a key claimed
 * next to it commits with the events or not at all), waiting for the handler's answer. The request's metadata is
 * put on by the command bus's dispatch interceptor.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final TransactionTemplate transactions;

    Commands(CommandGateway gateway, TransactionTemplate transactions) {
        this.gateway = gateway;
        this.transactions = transactions;
    }

    /** Sends the command and answers what its handler answered (for updates: the aggregate's new version). */
    public <R> R send(Object command) {
        return transactions.execute(status -> gateway.<R>sendAndWait(command));
    }

    /** Runs {@code work} (which sends commands) in one transaction. */
    public <R> R inTransaction(Supplier<R> work) {
        return transactions.execute(status -> work.get());
    }

    /**
     * Runs {@code work} (which sends many commands) in one transaction, its commands' events appended together
     * when it ends: they run in units of work nested in one root, and Axon appends a nested unit's events with its
     * root's. The append lock ({@code decisions/0003}) is then held for one batch insert and the commit, not while
     * every command is decided — a bulk import no longer makes every other writer wait for all of it. Any command
     * that fails fails the whole: its exception is thrown and nothing is kept.
     */
    public void appendingTogether(Runnable work) {
        transactions.executeWithoutResult(status -> {
            UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("commands appended together"));
            ResultMessage<Void> result = root.executeWithResult(() -> {
                work.run();
                return null;
            });
            if (result.isExceptional()) {
                throw unchecked(result.exceptionResult());
            }
        });
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
