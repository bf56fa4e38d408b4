package com.orderdesk.command.account;

import com.orderdesk.command.caller.RequestMetadata;
import com.orderdesk.command.common.PrivacySettings;
import com.orderdesk.command.common.Sha256;
import com.orderdesk.command.security.LoginRateLimiter;
import com.orderdesk.command.security.SecuritySettings;
import com.orderdesk.command.security.TokenIssuer;
import com.orderdesk.command.web.Commands;
import com.orderdesk.events.account.Role;
import com.orderdesk.events.account.UnknownAccountLoginAttempted;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * Account operations that span more than one aggregate command or touch the credential and invitation tables.
 * Each runs in one transaction: Axon's units of work join it, so claims, credentials and events commit together.
 */
@Service
class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Commands commands;
    private final EventGateway events;
    private final RequestMetadata requestMetadata;
    private final Credentials credentials;
    private final PasswordPolicy passwordPolicy;
    private final JdbcAccountDirectory directory;
    private final LoginRateLimiter rateLimiter;
    private final TokenIssuer tokens;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecuritySettings settings;
    private final PrivacySettings privacy;

    AccountService(Commands commands, EventGateway events, RequestMetadata requestMetadata, Credentials credentials,
                   PasswordPolicy passwordPolicy, JdbcAccountDirectory directory, LoginRateLimiter rateLimiter,
                   TokenIssuer tokens, JdbcClient jdbc, Clock clock,
                   SecuritySettings settings, PrivacySettings privacy) {
        this.commands = commands;
        this.events = events;
        this.requestMetadata = requestMetadata;
        this.credentials = credentials;
        this.passwordPolicy = passwordPolicy;
        this.directory = directory;
        this.rateLimiter = rateLimiter;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.privacy = privacy;
    }

    /** A merchant owner registers with a new workspace. */
    @Transactional
    RegisteredOwner registerOwner(AccountRequests.RegisterOwner request) {
        passwordPolicy.check(request.password(), request.username(), request.mobile());
        String accountId = UUID.randomUUID().toString();
        String workspaceId = UUID.randomUUID().toString();
        MetaData asNewAccount = MetaData.with(RequestMetadata.ACTOR_ID, accountId)
                                        .and(RequestMetadata.WORKSPACE_ID, workspaceId);
        send(new RegisterAccount(accountId, workspaceId, Role.OWNER, request.username().strip(),
                                 request.mobile(), request.displayName().strip()), asNewAccount);
        credentials.store(accountId, request.password());
        send(new OpenWorkspace(workspaceId, request.workspaceName().strip(), accountId), asNewAccount);
        return new RegisteredOwner(accountId, workspaceId);
    }

    /** The platform admin, from configuration at first start. */
    @Transactional
    void registerAdmin(String username, String mobile, String displayName, String password, MetaData metadata) {
        passwordPolicy.check(password, username, mobile);
        String accountId = UUID.randomUUID().toString();
        send(new RegisterAccount(accountId, null, Role.ADMIN, username, mobile, displayName),
             metadata.and(RequestMetadata.ACTOR_ID, accountId));
        credentials.store(accountId, password);
    }

    boolean exists(String usernameOrMobile) {
        return directory.findAccountId(usernameOrMobile).isPresent();
    }

    /** Checks the password, lets the account decide, and issues a token on success. */
    TokenIssuer.IssuedToken login(AccountRequests.Login request, String clientIp, String userAgent) {
        rateLimiter.tryAcquire(clientIp).ifPresent(wait -> {
            throw new TooManyLoginAttempts(wait);
        });
        String accountId = directory.findAccountId(request.login()).orElse(null);
        if (accountId == null) {
            credentials.matchAgainstDecoy(request.password());
            // Published, not sent as a command: the request's metadata is added here (the interceptor does commands).
            MetaData origin = requestMetadata.current().orElse(MetaData.emptyInstance());
            events.publish(GenericEventMessage.asEventMessage(
                    new UnknownAccountLoginAttempted(Sha256.hex(request.login().strip().toLowerCase(Locale.ROOT)),
                                                     clientIp, userAgent)).andMetaData(origin));
            throw new InvalidCredentials();
        }
        boolean matched = credentials.matches(accountId, request.password());
        LoginOutcome outcome = send(new AttemptLogin(accountId, matched, clientIp, userAgent, clock.instant()),
                                    MetaData.with(RequestMetadata.ACTOR_ID, accountId));
        if (outcome.result() != LoginOutcome.Result.SUCCEEDED) {
            throw new InvalidCredentials();
        }
        return tokens.issue(outcome.accountId(), outcome.workspaceId(), outcome.role());
    }

    /** An owner invites a member; the one-time code is answered once and only its hash is kept. */
    @Transactional
    Invitation invite(String ownerId, String workspaceId, AccountRequests.InviteMember request) {
        String accountId = UUID.randomUUID().toString();
        Instant expiresAt = clock.instant().plus(settings.invitationLifetime());
        send(new InviteMember(accountId, workspaceId, request.role(), request.username().strip(), request.mobile(),
                              request.displayName().strip(), ownerId, expiresAt));
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO command_side.invitation (code_hash, account_id, expires_at) VALUES (?, ?, ?)")
            .params(Sha256.hex(code), accountId, Timestamp.from(expiresAt))
            .update();
        return new Invitation(accountId, code, expiresAt);
    }

    /** The invitee redeems the code with a password of their own choosing. */
    @Transactional
    String acceptInvitation(AccountRequests.AcceptInvitation request) {
        Instant now = clock.instant();
        String accountId = jdbc.sql("""
                                    UPDATE command_side.invitation SET accepted_at = ?
                                    WHERE code_hash = ? AND accepted_at IS NULL AND expires_at > ?
                                    RETURNING account_id""")
                               .params(Timestamp.from(now), Sha256.hex(request.invitationCode()), Timestamp.from(now))
                               .query(String.class)
                               .optional()
                               .orElseThrow(() -> new AccountRuleViolation(
                                       "The invitation code is not valid or has expired"));
        JdbcAccountDirectory.Identity identity = directory.identityOf(accountId);
        passwordPolicy.check(request.password(), identity.username(), identity.mobile());
        credentials.store(accountId, request.password());
        send(new AcceptInvitation(accountId, now), MetaData.with(RequestMetadata.ACTOR_ID, accountId));
        return accountId;
    }

    @Transactional
    void changePassword(String accountId, AccountRequests.ChangePassword request) {
        if (!credentials.matches(accountId, request.currentPassword())) {
            throw new AccountRuleViolation("The current password is not correct");
        }
        JdbcAccountDirectory.Identity identity = directory.identityOf(accountId);
        passwordPolicy.check(request.newPassword(), identity.username(), identity.mobile());
        credentials.store(accountId, request.newPassword());
        send(new ChangePassword(accountId, clock.instant()));
    }

    void deactivate(String accountId, String currentPassword) {
        if (!credentials.matches(accountId, currentPassword)) {
            throw new AccountRuleViolation("The current password is not correct");
        }
        send(new DeactivateAccount(accountId, clock.instant()));
    }

    /** Asks for the password again, like closing the account; answers when the erasure will happen. */
    Instant requestOwnErasure(String accountId, String currentPassword) {
        if (!credentials.matches(accountId, currentPassword)) {
            throw new AccountRuleViolation("The current password is not correct");
        }
        return requestErasure(accountId, accountId);
    }

    Instant requestErasure(String accountId, String requestedBy) {
        Instant dueAt = clock.instant().plus(privacy.erasureGracePeriod());
        send(new RequestAccountErasure(accountId, requestedBy, dueAt));
        return dueAt;
    }

    <R> R send(Object command) {
        return commands.send(command);
    }

    /** Sends with metadata of its own, which wins over the request's (e.g. who a sign-in is about). */
    private <R> R send(Object command, MetaData metadata) {
        return commands.send(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
    }

    Instant now() {
        return clock.instant();
    }

    /** Ids of a newly registered owner and their workspace. */
    record RegisteredOwner(String accountId, String workspaceId) {
    }

    /** A pending invitation; the code is shown to the owner once. */
    record Invitation(String accountId, String invitationCode, Instant expiresAt) {
    }
}
