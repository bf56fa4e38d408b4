package com.orderdesk.command.caller;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Puts the request's metadata (caller, client address, device, request id) on every command dispatched while
 * serving an HTTP request, so no controller passes it by hand. What the sender set itself wins: registration and
 * sign-in name the account they are about.
 */
@Component
public class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final RequestMetadata metadata;

    CommandMetadataInterceptor(RequestMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> metadata.current()
                .<CommandMessage<?>>map(request -> command.withMetaData(request.mergedWith(command.getMetaData())))
                .orElse(command);
    }
}
