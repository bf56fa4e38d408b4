package com.orderdesk.personaldata;

import org.axonframework.common.jdbc.ConnectionProvider;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subject keys in {@code event_store.data_subject_key}, read and written on the connection of the current
 * transaction, so a key is created together with the first event it seals (and rolled back with it). Only rows
 * that were already committed are cached (briefly): a row this transaction wrote may still roll back. A destroyed
 * key stays a row with no secret, so a subject is never given a new key after erasure.
 */
public class JdbcSubjectKeys implements SubjectKeys {

    private static final int MAX_CACHED = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectionProvider connections;
    private final Clock clock;
    private final Duration cacheFor;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public JdbcSubjectKeys(ConnectionProvider connections, Clock clock, Duration cacheFor) {
        this.connections = connections;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public Optional<SecretKey> keyForWriting(String subjectId) {
        Optional<SecretKey> cached = cached(subjectId);
        if (cached != null) {
            return cached;
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Stored stored = withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO event_store.data_subject_key (subject_id, secret, created_at) VALUES (?, ?, now())
                    ON CONFLICT (subject_id) DO NOTHING""")) {
                insert.setString(1, subjectId);
                insert.setBytes(2, fresh);
                insert.executeUpdate();
            }
            return select(connection, subjectId);
        });
        cacheIfCommitted(subjectId, stored);
        return stored.key();
    }

    @Override
    public Optional<SecretKey> keyForReading(String subjectId) {
        Optional<SecretKey> cached = cached(subjectId);
        if (cached != null) {
            return cached;
        }
        Stored stored = withConnection(connection -> select(connection, subjectId));
        cacheIfCommitted(subjectId, stored);
        return stored.key();
    }

    /** Destroys the subject's key (erasure): everything sealed with it becomes unreadable for good. */
    public void destroy(String subjectId, String reason) {
        withConnection(connection -> {
            try (PreparedStatement destroy = connection.prepareStatement("""
                    INSERT INTO event_store.data_subject_key (subject_id, secret, created_at, destroyed_at, reason)
                    VALUES (?, NULL, now(), now(), ?)
                    ON CONFLICT (subject_id) DO UPDATE SET secret = NULL, destroyed_at = now(), reason = ?
                    WHERE data_subject_key.secret IS NOT NULL""")) {
                destroy.setString(1, subjectId);
                destroy.setString(2, reason);
                destroy.setString(3, reason);
                destroy.executeUpdate();
            }
            return null;
        });
        forget(subjectId);
    }

    /** Destroys the keys of device information written before the given UTC day; returns the days expired. */
    public List<LocalDate> destroyDeviceKeysBefore(LocalDate firstKeptDay, String reason) {
        List<LocalDate> days = withConnection(connection -> {
            try (PreparedStatement expire = connection.prepareStatement("""
                    UPDATE event_store.data_subject_key SET secret = NULL, destroyed_at = now(), reason = ?
                    WHERE subject_id LIKE 'device:%' AND subject_id < ? AND secret IS NOT NULL
                    RETURNING subject_id""")) {
                expire.setString(1, reason);
                expire.setString(2, PersonalDataCodec.deviceSubject(firstKeptDay));
                List<LocalDate> expired = new ArrayList<>();
                try (ResultSet rows = expire.executeQuery()) {
                    while (rows.next()) {
                        expired.add(LocalDate.parse(rows.getString(1).substring("device:".length())));
                    }
                }
                return expired;
            }
        });
        days.forEach(day -> forget(PersonalDataCodec.deviceSubject(day)));
        return days;
    }

    /**
     * Drops a cached key. Another process may hold it for up to the cache time: there it can still open data
     * of the subject, but everything it seals with it becomes unreadable once the destruction committed.
     */
    public void forget(String subjectId) {
        cache.remove(subjectId);
    }

    private Stored select(Connection connection, String subjectId) throws SQLException {
        // xmin is the writing transaction's 32-bit id: equal to ours means this transaction wrote the row.
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT secret,
                       coalesce(xmin::text = (pg_current_xact_id_if_assigned()::text::bigint % 4294967296)::text,
                                FALSE) AS uncommitted
                FROM event_store.data_subject_key WHERE subject_id = ?""")) {
            select.setString(1, subjectId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Stored(false, false, Optional.empty());
                }
                byte[] secret = row.getBytes(1);
                return new Stored(true, row.getBoolean(2), secret == null ? Optional.empty()
                                                                          : Optional.of(new SecretKeySpec(secret, "AES")));
            }
        }
    }

    /** Null when not cached (or expired); an empty Optional is a cached "destroyed". */
    private Optional<SecretKey> cached(String subjectId) {
        Cached entry = cache.get(subjectId);
        if (entry == null || entry.until().isBefore(clock.instant())) {
            return null;
        }
        return entry.key();
    }

    private void cacheIfCommitted(String subjectId, Stored stored) {
        if (!stored.exists() || stored.uncommitted()) {
            return; // an unknown subject may still get a key; our own new row may still roll back
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(subjectId, new Cached(stored.key(), clock.instant().plus(cacheFor)));
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = connections.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Data subject keys are not available", e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A key row: absent, destroyed (exists, no key) or live; written by this very transaction or committed. */
    private record Stored(boolean exists, boolean uncommitted, Optional<SecretKey> key) {
    }

    private record Cached(Optional<SecretKey> key, Instant until) {
    }
}
