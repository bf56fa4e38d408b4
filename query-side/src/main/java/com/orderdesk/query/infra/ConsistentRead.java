package com.orderdesk.query.infra;

import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read made of several queries that must see one snapshot of the read models, so that, say, an inbox page and
 * its unread count never disagree because a projection committed between them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public @interface ConsistentRead {
}
