package com.orderdesk.command.account;

import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the platform admin from configuration at first start. There is no default password: without
 * {@code orderdesk.admin.password} (ORDERDESK_ADMIN_PASSWORD) no admin is created.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminSettings settings;
    private final AccountService accounts;

    AdminBootstrap(AdminSettings settings, AccountService accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (blank(settings.username()) || blank(settings.password()) || blank(settings.mobile())) {
            log.info("No platform admin configured (orderdesk.admin.username/mobile/password); none created");
            return;
        }
        if (accounts.exists(settings.username())) {
            return;
        }
        try {
            accounts.registerAdmin(settings.username(), settings.mobile(), "Platform admin", settings.password(),
                                   MetaData.with("origin", "configuration"));
            log.info("Created the platform admin account from configuration");
        } catch (IdentifierTaken createdMeanwhile) {
            // Another command-side instance starting at the same moment created it: the claim let only one through.
            log.info("The platform admin account was created by another instance");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The platform admin's login, from the environment. */
    @ConfigurationProperties("orderdesk.admin")
    record AdminSettings(String username, String mobile, String password) {
    }
}
