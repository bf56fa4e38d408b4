package com.orderdesk.command.account;

import com.orderdesk.events.account.AccountDeactivated;
import com.orderdesk.events.account.AccountLocked;
import com.orderdesk.events.account.AccountRegistered;
import com.orderdesk.events.account.AccountUnlocked;
import com.orderdesk.events.account.InvitationAccepted;
import com.orderdesk.events.account.LoginFailed;
import com.orderdesk.events.account.LoginRefused;
import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.account.MemberInvited;
import com.orderdesk.events.account.MemberRemoved;
import com.orderdesk.events.account.MemberRoleChanged;
import com.orderdesk.events.account.PasswordChanged;
import com.orderdesk.events.account.ProfileRectified;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.account.TokensRevoked;
import com.orderdesk.events.privacy.AccountErased;
import com.orderdesk.events.privacy.AccountErasureCancelled;
import com.orderdesk.events.privacy.AccountErasureRequested;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/** The rules of accounts: identity, membership, passwords and login lockout. */
class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String IP = "203.0.113.7";
    private static final String UA = "Firefox/140";

    private AggregateTestFixture<Account> fixture;
    private IdentifiersHeldInMemory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        directory = new IdentifiersHeldInMemory();
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new LoginPolicy(5, Duration.ofMinutes(15)));
    }

    @Test
    void canRegisterMerchantOwner() {
        fixture.givenNoPriorActivity()
               .when(new RegisterAccount("a-1", "w-1", Role.OWNER, "alice", "13800000001", "Alice"))
               .expectEvents(new AccountRegistered("a-1", "w-1", Role.OWNER, "alice", "13800000001", "Alice"));
    }

    @Test
    void cannotRegisterTakenUsername() {
        directory.claim("other", "Alice", "13900000000");

        fixture.givenNoPriorActivity()
               .when(new RegisterAccount("a-1", "w-1", Role.OWNER, "alice", "13800000001", "Alice"))
               .expectException(IdentifierTaken.class)
               .expectNoEvents();
    }

    @Test
    void cannotRegisterTakenMobile() {
        directory.claim("other", "bob", "13800000001");

        fixture.givenNoPriorActivity()
               .when(new RegisterAccount("a-1", "w-1", Role.OWNER, "alice", "13800000001", "Alice"))
               .expectException(IdentifierTaken.class)
               .expectNoEvents();
    }

    @Test
    void cannotSelfRegisterAsCollaborator() {
        fixture.givenNoPriorActivity()
               .when(new RegisterAccount("a-1", "w-1", Role.COLLABORATOR, "alice", "13800000001", "Alice"))
               .expectException(AccountRuleViolation.class);
    }

    @Test
    void canInviteAndAcceptBeforeExpiry() {
        fixture.given(invited())
               .when(new AcceptInvitation("a-2", NOW))
               .expectEvents(new InvitationAccepted("a-2", "w-1"));
    }

    @Test
    void cannotAcceptExpiredInvitation() {
        fixture.given(invited())
               .when(new AcceptInvitation("a-2", NOW.plus(Duration.ofDays(4))))
               .expectException(AccountRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void cannotInviteAsOwner() {
        fixture.givenNoPriorActivity()
               .when(new InviteMember("a-2", "w-1", Role.OWNER, "bob", "13800000002", "Bob", "a-1",
                                      NOW.plus(Duration.ofDays(3))))
               .expectException(AccountRuleViolation.class);
    }

    @Test
    void invitedMemberCannotLogInBeforeAccepting() {
        fixture.given(invited())
               .when(login("a-2", true))
               .expectEvents(new LoginRefused("a-2", IP, UA, "invitation not accepted"));
    }

    @Test
    void ownerCanChangeMemberRoleWhichRevokesTokens() {
        fixture.given(invited(), accepted())
               .when(new ChangeMemberRole("a-2", "w-1", Role.AUDITOR, NOW))
               .expectEvents(new MemberRoleChanged("a-2", "w-1", Role.COLLABORATOR, Role.AUDITOR),
                             new TokensRevoked("a-2", NOW, "role changed"));
    }

    @Test
    void ownerOfAnotherWorkspaceCannotTouchMember() {
        fixture.given(invited(), accepted())
               .when(new ChangeMemberRole("a-2", "w-other", Role.AUDITOR, NOW))
               .expectException(AccountNotFound.class)
               .expectNoEvents();
    }

    @Test
    void ownerRoleCannotBeChangedOrRemoved() {
        fixture.given(owner())
               .when(new RemoveMember("a-1", "w-1", NOW))
               .expectException(AccountRuleViolation.class);
    }

    @Test
    void removedMemberCannotLogInAnyMore() {
        fixture.given(invited(), accepted(), new MemberRemoved("a-2", "w-1"))
               .when(login("a-2", true))
               .expectEvents(new LoginRefused("a-2", IP, UA, "removed from workspace"));
    }

    @Test
    void removingMemberRevokesTokens() {
        fixture.given(invited(), accepted())
               .when(new RemoveMember("a-2", "w-1", NOW))
               .expectEvents(new MemberRemoved("a-2", "w-1"), new TokensRevoked("a-2", NOW, "removed from workspace"));
    }

    @Test
    void passwordChangeRevokesTokens() {
        fixture.given(owner())
               .when(new ChangePassword("a-1", NOW))
               .expectEvents(new PasswordChanged("a-1"), new TokensRevoked("a-1", NOW, "password changed"));
    }

    @Test
    void canRectifyProfileWithFreeMobile() {
        fixture.given(owner())
               .when(new RectifyProfile("a-1", "Alice Wang", "13800000099"))
               .expectEvents(new ProfileRectified("a-1", "Alice Wang", "13800000099"));
    }

    @Test
    void cannotRectifyToMobileOfAnotherAccount() {
        directory.claim("other", "bob", "13800000099");

        fixture.given(owner())
               .when(new RectifyProfile("a-1", "Alice", "13800000099"))
               .expectException(IdentifierTaken.class)
               .expectNoEvents();
    }

    @Test
    void memberCanCloseOwnAccount() {
        fixture.given(invited(), accepted())
               .when(new DeactivateAccount("a-2", NOW))
               .expectEvents(new AccountDeactivated("a-2"), new TokensRevoked("a-2", NOW, "account closed"));
    }

    @Test
    void ownerCannotCloseAccountWhileInCharge() {
        fixture.given(owner())
               .when(new DeactivateAccount("a-1", NOW))
               .expectException(AccountRuleViolation.class);
    }

    @Test
    void firstSuccessfulLoginIsNotAbnormal() {
        fixture.given(owner())
               .when(login(true))
               .expectEvents(new LoginSucceeded("a-1", IP, UA, true, true, false));
    }

    @Test
    void loginFromNewIpIsFlaggedAbnormal() {
        fixture.given(owner(), new LoginSucceeded("a-1", IP, UA, true, true, false))
               .when(new AttemptLogin("a-1", true, "198.51.100.9", UA, NOW))
               .expectEvents(new LoginSucceeded("a-1", "198.51.100.9", UA, true, false, true));
    }

    @Test
    void loginFromKnownIpAndDeviceIsNormal() {
        fixture.given(owner(), new LoginSucceeded("a-1", IP, UA, true, true, false))
               .when(login(true))
               .expectEvents(new LoginSucceeded("a-1", IP, UA, false, false, false));
    }

    @Test
    void fifthConsecutiveFailureLocksTheAccount() {
        fixture.given(owner(), failed(1), failed(2), failed(3), failed(4))
               .when(login(false))
               .expectEvents(new LoginFailed("a-1", IP, UA, 5),
                             new AccountLocked("a-1", NOW.plus(Duration.ofMinutes(15)), 5));
    }

    @Test
    void correctPasswordDuringLockoutIsRefused() {
        fixture.given(owner(), failed(5), new AccountLocked("a-1", NOW.plusSeconds(60), 5))
               .when(login(true))
               .expectEvents(new LoginRefused("a-1", IP, UA, "locked"))
               .expectResultMessagePayload(new LoginOutcome(LoginOutcome.Result.REFUSED, "a-1", "w-1", Role.OWNER));
    }

    @Test
    void loginSucceedsOnceLockoutRanOut() {
        fixture.given(owner(), failed(5), new AccountLocked("a-1", NOW.minusSeconds(1), 5))
               .when(login(true))
               .expectEvents(new LoginSucceeded("a-1", IP, UA, true, true, false));
    }

    @Test
    void failuresCountAfreshOnceLockoutRanOut() {
        fixture.given(owner(), failed(5), new AccountLocked("a-1", NOW.minusSeconds(1), 5))
               .when(login(false))
               .expectEvents(new LoginFailed("a-1", IP, UA, 1));
    }

    @Test
    void accountLocksAgainAfterAnExpiredLockout() {
        Instant expired = NOW.minusSeconds(1);
        fixture.given(owner(), failed(5), new AccountLocked("a-1", expired, 5),
                      failed(1), failed(2), failed(3), failed(4))
               .when(login(false))
               .expectEvents(new LoginFailed("a-1", IP, UA, 5),
                             new AccountLocked("a-1", NOW.plus(Duration.ofMinutes(15)), 5));
    }

    @Test
    void successResetsTheFailureCount() {
        fixture.given(owner(), failed(4), new LoginSucceeded("a-1", IP, UA, true, true, false))
               .when(login(false))
               .expectEvents(new LoginFailed("a-1", IP, UA, 1));
    }

    @Test
    void ownerCanUnlockMemberOfOwnWorkspace() {
        fixture.given(invited(), accepted(), new AccountLocked("a-2", NOW.plusSeconds(600), 5))
               .when(new UnlockAccount("a-2", "w-1", "a-1"))
               .expectEvents(new AccountUnlocked("a-2", "a-1"));
    }

    @Test
    void ownerOfAnotherWorkspaceCannotUnlock() {
        fixture.given(invited(), accepted(), new AccountLocked("a-2", NOW.plusSeconds(600), 5))
               .when(new UnlockAccount("a-2", "w-other", "x"))
               .expectException(AccountNotFound.class);
    }

    @Test
    void adminCanUnlockAnyAccount() {
        fixture.given(invited(), accepted(), new AccountLocked("a-2", NOW.plusSeconds(600), 5))
               .when(new UnlockAccount("a-2", null, "admin-1"))
               .expectEvents(new AccountUnlocked("a-2", "admin-1"));
    }

    // --- erasure ----------------------------------------------------------------------------------------------

    @Test
    void anErasureIsRequestedOnceCanBeCancelledAndIsCarriedOutOnce() {
        Instant due = NOW.plus(Duration.ofDays(7));
        fixture.given(invited(), accepted())
               .when(new RequestAccountErasure("a-2", "a-2", due))
               .expectEvents(new AccountErasureRequested("a-2", "w-1", "a-2", due));
        setUp();
        fixture.given(invited(), accepted(), new AccountErasureRequested("a-2", "w-1", "a-2", due))
               .when(new RequestAccountErasure("a-2", "a-2", due))
               .expectException(AccountRuleViolation.class);
        setUp();
        fixture.given(invited(), accepted(), new AccountErasureRequested("a-2", "w-1", "a-2", due))
               .when(new CancelAccountErasure("a-2", "a-2"))
               .expectEvents(new AccountErasureCancelled("a-2", "w-1", "a-2"));
        setUp();
        fixture.given(invited(), accepted())
               .when(new CancelAccountErasure("a-2", "a-2"))
               .expectException(AccountRuleViolation.class);
        setUp();
        fixture.given(invited(), accepted(), new AccountErasureRequested("a-2", "w-1", "a-2", due))
               .when(new EraseAccount("a-2", due))
               .expectEvents(new AccountErased("a-2", "w-1", due), new TokensRevoked("a-2", due, "account erased"));
        setUp();
        fixture.given(invited(), accepted(), new AccountErased("a-2", "w-1", due))
               .when(new EraseAccount("a-2", due))
               .expectNoEvents();
    }

    @Test
    void anOwnerCannotBeErasedWhileInCharge() {
        fixture.given(owner())
               .when(new RequestAccountErasure("a-1", "a-1", NOW))
               .expectException(AccountRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void anErasedAccountCanNeitherSignInNorBeChanged() {
        fixture.given(invited(), accepted(), new AccountErased("a-2", "w-1", NOW))
               .when(new AttemptLogin("a-2", true, IP, UA, NOW))
               .expectEvents(new LoginRefused("a-2", IP, UA, "account erased"));
        setUp();
        fixture.given(invited(), accepted(), new AccountErased("a-2", "w-1", NOW))
               .when(new RequestAccountErasure("a-2", "a-2", NOW))
               .expectException(AccountNotFound.class);
        setUp();
        fixture.given(invited(), accepted(), new AccountErased("a-2", "w-1", NOW))
               .when(new RectifyProfile("a-2", "New", "13800000009"))
               .expectException(AccountRuleViolation.class);
    }

    private static AccountRegistered owner() {
        return new AccountRegistered("a-1", "w-1", Role.OWNER, "alice", "13800000001", "Alice");
    }

    private static MemberInvited invited() {
        return new MemberInvited("a-2", "w-1", Role.COLLABORATOR, "bob", "13800000002", "Bob", "a-1",
                                 NOW.plus(Duration.ofDays(3)));
    }

    private static InvitationAccepted accepted() {
        return new InvitationAccepted("a-2", "w-1");
    }

    private static LoginFailed failed(int consecutive) {
        return new LoginFailed("a-1", IP, UA, consecutive);
    }

    private static AttemptLogin login(boolean passwordMatched) {
        return login("a-1", passwordMatched);
    }

    private static AttemptLogin login(String accountId, boolean passwordMatched) {
        return new AttemptLogin(accountId, passwordMatched, IP, UA, NOW);
    }
}
