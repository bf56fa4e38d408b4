package com.orderdesk.command.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of the account feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginPolicy.class, AdminBootstrap.AdminSettings.class})
class AccountConfiguration {
}
