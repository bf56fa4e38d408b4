package com.orderdesk.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static com.orderdesk.system.Await.awaitEveryProjectionAtTheHead;
import static com.orderdesk.system.Await.awaitQuery;

/**
 * Starts both apps on a fresh embedded PostgreSQL the first time a system test class needs them, and hands every
 * later class the same ones: starting them per class was most of the suite's time. JUnit closes them when the
 * whole run ends, because the root store closes the AutoCloseable values it holds. After each class it waits
 * until the apps are quiet again, so nothing a class set going runs on into the next one.
 */
final class SharedApps implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApps.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                                 .computeIfAbsent(Started.class, key -> new Started(BothApps.start()), Started.class);
        SystemTest.apps = started.apps();
        SystemTest.accounts = started.accounts();
    }

    /** No erasure due now (the privacy job runs every second) and every projection at the store's head. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (SystemTest.apps == null) {
            return; // they did not start: the class has failed already
        }
        String admin = SystemTest.accounts.adminToken();
        awaitQuery(SystemTest.apps.commandUrl + "/api/admin/privacy/erasures", admin,
                   r -> r.status() == 200 && noneDueWithinAMinute(r.json().get("due")));
        awaitEveryProjectionAtTheHead(SystemTest.apps.queryUrl, admin);
    }

    /** Erasures on request are due at once here; those for retention are due years later. */
    private static boolean noneDueWithinAMinute(JsonNode due) {
        Instant soon = Instant.now().plus(Duration.ofMinutes(1));
        for (JsonNode erasure : due) {
            if (Instant.parse(erasure.get("dueAt").asString()).isBefore(soon)) {
                return false;
            }
        }
        return true;
    }

    /** The apps and the accounts helper whose signed-in tokens stay valid as long as the apps run. */
    private record Started(BothApps apps, Accounts accounts) implements AutoCloseable {

        Started(BothApps apps) {
            this(apps, new Accounts(apps));
        }

        @Override
        public void close() {
            apps.close();
        }
    }
}
