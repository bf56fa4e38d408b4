package com.orderdesk.system;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A system test class: runs against the apps that all system test classes of this JVM share ({@link SharedApps}).
 * Each test (or test class) works in workspaces of its own, so no test depends on what another left behind.
 */
@ExtendWith(SharedApps.class)
abstract class SystemTest {

    static BothApps apps;
    static Accounts accounts;
}
