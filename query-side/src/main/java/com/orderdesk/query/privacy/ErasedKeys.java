package com.orderdesk.query.privacy;

import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.CustomerErased;
import com.orderdesk.events.privacy.DataSubject;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.personaldata.JdbcSubjectKeys;
import com.orderdesk.personaldata.PersonalDataCodec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Drops this side's cached keys of erased subjects and expired days as soon as the erasure or expiry is seen.
 * A processing group of its own with nothing else to do, so it sees them before projections that lag behind.
 */
@Component
@ProcessingGroup("erased-keys")
class ErasedKeys {

    private final JdbcSubjectKeys keys;

    ErasedKeys(JdbcSubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(AccountErased event) {
        keys.forget(DataSubject.ACCOUNT.subjectId(event.accountId()));
    }

    @EventHandler
    void on(CustomerErased event) {
        keys.forget(DataSubject.CUSTOMER.subjectId(event.orderId()));
    }

    @EventHandler
    void on(DeviceDataExpired event) {
        event.days().forEach(day -> keys.forget(PersonalDataCodec.deviceSubject(day)));
    }
}
