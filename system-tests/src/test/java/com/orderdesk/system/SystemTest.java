package com.orderdesk.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Starts both apps on a fresh embedded PostgreSQL before a test class and stops them after it. */
abstract class SystemTest {

    static BothApps apps;
    static Accounts accounts;

    @BeforeAll
    static void startBothApps() {
        apps = BothApps.start();
        accounts = new Accounts(apps);
    }

    @AfterAll
    static void stopBothApps() {
        if (apps != null) {
            apps.close();
            apps = null;
        }
    }
}
