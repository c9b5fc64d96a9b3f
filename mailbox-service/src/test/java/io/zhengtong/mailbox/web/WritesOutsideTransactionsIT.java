package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.ratelimit.SubmissionLimit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The pool's connections have auto-commit off (application.yml): what is written outside a
 * transaction must still be kept, as it was with auto-commit on (store.CommittingDataSource).
 * Each check reads on a connection of its own, outside the service's pool.
 */
class WritesOutsideTransactionsIT extends MailboxFixture {

    @Autowired
    SubmissionLimit submissionLimit;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void aRowWrittenWithoutATransactionIsKept() throws SQLException {
        String client = key();
        jdbc.update("INSERT INTO submission_window (client_key, window_start, letters) VALUES (?, ?, 1)", client,
                Timestamp.valueOf("2020-01-01 00:00:00"));

        assertThat(windowsOf(client)).isEqualTo(1);
    }

    @Test
    void theScheduledSweepForgetsPastWindowsForGood() throws SQLException {
        String client = key();
        try (Connection own = DriverManager.getConnection(url, username, password);
                PreparedStatement insert = own.prepareStatement(
                        "INSERT INTO submission_window (client_key, window_start, letters) VALUES (?, '2020-01-01', 3)")) {
            insert.setString(1, client);
            insert.executeUpdate();
        }
        assertThat(windowsOf(client)).isEqualTo(1);

        submissionLimit.forgetPastWindows();

        assertThat(windowsOf(client)).isZero();
    }

    private static String key() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
    }

    private int windowsOf(String client) throws SQLException {
        try (Connection own = DriverManager.getConnection(url, username, password);
                PreparedStatement query = own.prepareStatement("SELECT count(*) FROM submission_window WHERE client_key = ?")) {
            query.setString(1, client);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
