package com.orderdesk.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
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
}
