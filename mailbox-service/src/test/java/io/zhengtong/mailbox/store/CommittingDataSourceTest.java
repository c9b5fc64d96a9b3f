package io.zhengtong.mailbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.ConnectionProxy;

class CommittingDataSourceTest {

    private final Connection pooled = mock(Connection.class);
    private Connection connection;

    @BeforeEach
    void pooledConnectionWithAutoCommitOff() throws SQLException {
        when(pooled.getAutoCommit()).thenReturn(false);
        DataSource pool = mock(DataSource.class);
        when(pool.getConnection()).thenReturn(pooled);
        connection = new CommittingDataSource(pool).getConnection();
    }

    @Test
    void a_statement_made_outside_a_transaction_is_committed_when_the_connection_goes_back() throws SQLException {
        connection.prepareStatement("DELETE FROM captcha WHERE expires_at < ?");
        connection.close();

        verify(pooled).commit();
        verify(pooled).close();
    }

    @Test
    void a_transaction_that_committed_or_rolled_back_is_not_committed_again() throws SQLException {
        connection.prepareStatement("UPDATE letter SET status = ?");
        connection.commit();
        connection.createStatement();
        connection.rollback();
        connection.close();

        verify(pooled).commit(); // its own, once
        verify(pooled).rollback();
    }

    @Test
    void a_connection_nobody_ran_a_statement_on_is_given_back_as_it_is() throws SQLException {
        connection.close();

        verify(pooled, never()).commit();
        verify(pooled).close();
    }

    @Test
    void with_auto_commit_on_nothing_is_left_to_commit() throws SQLException {
        when(pooled.getAutoCommit()).thenReturn(true);
        connection.prepareStatement("INSERT INTO captcha VALUES (?)");
        connection.close();

        verify(pooled, never()).commit();
    }

    @Test
    void a_commit_that_fails_fails_the_close_and_still_gives_the_connection_back() throws SQLException {
        doThrow(new SQLException("connection lost")).when(pooled).commit();
        connection.prepareStatement("INSERT INTO captcha VALUES (?)");

        assertThatThrownBy(connection::close).isInstanceOf(SQLException.class).hasMessage("connection lost");
        verify(pooled).close();
    }

    @Test
    void spring_sees_the_pooled_connection_behind_it() {
        assertThat(((ConnectionProxy) connection).getTargetConnection()).isSameAs(pooled);
    }
}
