package com.orderdesk.command.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Claims in {@code command_side.account_identity}. A concurrent claim of the same value waits on the primary
 * key until the first transaction ends, then finds the row: exactly one account gets it.
 */
@Component
class JdbcAccountDirectory implements AccountDirectory {

    private final JdbcClient jdbc;

    JdbcAccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String accountId, String username, String mobile) {
        insert("USERNAME", normalizedUsername(username), accountId, "username");
        insert("MOBILE", normalizedMobile(mobile), accountId, "mobile number");
    }

    @Override
    public void changeMobile(String accountId, String previousMobile, String newMobile) {
        insert("MOBILE", normalizedMobile(newMobile), accountId, "mobile number");
        jdbc.sql("DELETE FROM command_side.account_identity WHERE kind = 'MOBILE' AND value = ? AND account_id = ?")
            .params(normalizedMobile(previousMobile), accountId)
            .update();
    }

    /** The account a login identifier (username or mobile number) names, if any. */
    Optional<String> findAccountId(String usernameOrMobile) {
        return jdbc.sql("""
                        SELECT account_id FROM command_side.account_identity
                        WHERE (kind = 'USERNAME' AND value = ?) OR (kind = 'MOBILE' AND value = ?)
                        LIMIT 1""")
                   .params(normalizedUsername(usernameOrMobile), normalizedMobile(usernameOrMobile))
                   .query(String.class)
                   .optional();
    }

    /** The normalized username and mobile number of an account, for the password rules. */
    Identity identityOf(String accountId) {
        String[] values = new String[2];
        jdbc.sql("SELECT kind, value FROM command_side.account_identity WHERE account_id = ?")
            .param(accountId)
            .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                           values[rs.getString(1).equals("USERNAME") ? 0 : 1] = rs.getString(2));
        return new Identity(values[0], values[1]);
    }

    /** What an account is known by. */
    record Identity(String username, String mobile) {
    }

    private void insert(String kind, String value, String accountId, String label) {
        int inserted = jdbc.sql("""
                                INSERT INTO command_side.account_identity (kind, value, account_id) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                           .params(kind, value, accountId)
                           .update();
        if (inserted == 0) {
            throw new IdentifierTaken(label);
        }
    }

    static String normalizedUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static String normalizedMobile(String mobile) {
        return mobile.replaceAll("[\\s()-]", "");
    }
}
