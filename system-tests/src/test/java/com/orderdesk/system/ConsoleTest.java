package com.orderdesk.system;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A browser test of the console: people at real headless Chromium browsers, against the shared apps and the
 * console edge ({@link SharedApps}). Every browser a test opens is closed after it; when the test fails, each
 * browser's page is saved first as {@code target/console-screenshots/FAILED-<class>-<test>-<n>.png}.
 */
@ExtendWith(ConsoleTest.Browsers.class)
abstract class ConsoleTest extends SystemTest {

    private final List<Browser> browsers = new ArrayList<>();

    /** A new person's browser on a desktop-sized window. */
    Browser browser() {
        return remember(Browser.open(apps.consoleUrl));
    }

    /** A new person's browser on a phone-sized window. */
    Browser phone() {
        return remember(Browser.open(apps.consoleUrl, 390, 844));
    }

    private Browser remember(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    /** Saves the pages of a failed test, then closes every browser the test opened. */
    static final class Browsers implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            ConsoleTest test = (ConsoleTest) context.getRequiredTestInstance();
            try {
                if (context.getExecutionException().isPresent()) {
                    for (int i = 0; i < test.browsers.size(); i++) {
                        try {
                            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                                          + context.getRequiredTestMethod().getName() + "-" + i;
                            test.browsers.get(i).screenshot(name);
                            test.browsers.get(i).saveConsoleLog(name);
                        } catch (RuntimeException ignored) {
                            // the browser itself may be what failed
                        }
                    }
                }
            } finally {
                test.browsers.forEach(Browser::close);
                test.browsers.clear();
            }
        }
    }
}
