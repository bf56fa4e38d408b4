package com.orderdesk.query.account;

import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.AccountUnlocked;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.account.TokensRevoked;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.DeviceDataExpired;
import com.orderdesk.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts projection on a real PostgreSQL with this module's migrations. */
class AccountProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final AccountProjection projection = new AccountProjection(jdbc);
    private final AccountReads readModel = new AccountReads(jdbc);
    private String owner;
    private String member;

    @BeforeEach
    void setUp() {
        owner = UUID.randomUUID().toString();
        member = UUID.randomUUID().toString();
        projection.on(new AccountRegistered(owner, "w-" + owner, Role.OWNER, "alice-" + owner, "+861", "Alice"), T0);
        projection.on(new MemberInvited(member, "w-" + owner, Role.COLLABORATOR, "bob-" + member, "+862", "Bob",
                                        owner, T0.plusSeconds(3600)), T0);
    }

    @Test
    void membersFollowTheirLifecycle() {
        projection.on(new InvitationAccepted(member, "w-" + owner));
        projection.on(new MemberRoleChanged(member, "w-" + owner, Role.COLLABORATOR, Role.AUDITOR));
        projection.on(new ProfileRectified(member, "Bob Li", "+869"));

        AccountView bob = readModel.find(member).orElseThrow();
        assertThat(bob.status()).isEqualTo("ACTIVE");
        assertThat(bob.role()).isEqualTo("AUDITOR");
        assertThat(bob.displayName()).isEqualTo("Bob Li");
        assertThat(bob.mobile()).isEqualTo("+869");
        assertThat(readModel.members("w-" + owner)).extracting(AccountView::accountId).contains(owner, member);

        projection.on(new MemberRemoved(member, "w-" + owner));
        assertThat(readModel.find(member).orElseThrow().status()).isEqualTo("REMOVED");
    }

    @Test
    void loginHistoryIsNewestFirstAndReplaysDoNotDuplicateIt() {
        LoginFailed failed = new LoginFailed(owner, "203.0.113.1", "UA", 1);
        LoginSucceeded succeeded = new LoginSucceeded(owner, "198.51.100.1", "UA", true, false, true);
        projection.on(failed, T0.plusSeconds(1), "e-1-" + owner);
        projection.on(succeeded, T0.plusSeconds(2), "e-2-" + owner);
        projection.on(failed, T0.plusSeconds(1), "e-1-" + owner);

        assertThat(readModel.logins(owner, 10))
                .containsExactly(new LoginView(T0.plusSeconds(2), "SUCCEEDED", null, "198.51.100.1", "UA", true),
                                 new LoginView(T0.plusSeconds(1), "FAILED", "wrong password", "203.0.113.1", "UA",
                                               false));
        assertThat(readModel.find(owner).orElseThrow().lastLoginAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void erasureScrubsTheIdentityAndTheDeviceInformationAndExpiryClearsOldDeviceInformation() {
        projection.on(new LoginSucceeded(member, "198.51.100.2", "UA-m", true, true, true), T0, "e-m-" + member);
        projection.on(new LoginSucceeded(owner, "198.51.100.1", "UA-o", true, true, true), T0, "e-o-" + owner);
        projection.on(new LoginSucceeded(owner, "198.51.100.1", "UA-o", false, false, false), T0.plusSeconds(86_400),
                      "e-o2-" + owner);

        projection.on(new AccountErased(member, "w-" + owner, T0));
        projection.on(new DeviceDataExpired(List.of(LocalDate.of(2026, 11, 22)), LocalDate.of(2026, 11, 22), T0));

        AccountView erased = readModel.find(member).orElseThrow();
        assertThat(List.of(erased.username(), erased.mobile(), erased.displayName())).containsOnly("[erased]");
        assertThat(erased.status()).isEqualTo("ERASED");
        assertThat(readModel.logins(member, 10)).extracting(LoginView::clientIp, LoginView::userAgent)
                                                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(readModel.logins(owner, 10)).extracting(LoginView::clientIp)
                                               .as("the day after the expired ones keeps its IP")
                                               .containsExactly("198.51.100.1", null);
        assertThat(readModel.find(owner).orElseThrow().username()).isEqualTo("alice-" + owner);
    }

    @Test
    void lockoutAndRevocationAreTracked() {
        projection.on(new AccountLocked(owner, T0.plusSeconds(900), 5));
        assertThat(readModel.find(owner).orElseThrow().lockedUntil()).isEqualTo(T0.plusSeconds(900));
        projection.on(new AccountUnlocked(owner, "admin"));
        assertThat(readModel.find(owner).orElseThrow().lockedUntil()).isNull();

        projection.on(new TokensRevoked(owner, T0.plusSeconds(50), "logout"));
        projection.on(new TokensRevoked(owner, T0.plusSeconds(10), "late redelivery"));
        assertThat(jdbc.sql("SELECT tokens_not_before FROM query_side.account WHERE account_id = ?").param(owner)
                       .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(T0.plusSeconds(50));
    }
}
