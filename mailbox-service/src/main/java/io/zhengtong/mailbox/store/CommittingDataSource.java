package io.zhengtong.mailbox.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool hands out connections with auto-commit off ({@code spring.datasource.hikari.auto-commit: false}
 * in application.yml), so a transaction costs no {@code SET autocommit=0} before it and no
 * {@code SET autocommit=1} after it: a third of the statements of a letter's life.
 * <p>
 * Work done outside a Spring transaction (a {@code JdbcTemplate}/{@code JdbcClient} call without
 * {@code @Transactional}, Spring Modulith marking an outbox entry failed or resubmitted, Flyway's own
 * reads) would then be rolled back silently when the pool takes the connection back. This keeps
 * auto-commit's meaning for it: a connection given back with statements neither committed nor rolled
 * back is committed first, and a failing commit fails the close. Transactions end with their own commit
 * or rollback, so they cost nothing more.
 */
public final class CommittingDataSource extends DelegatingDataSource {

    public CommittingDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return committing(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return committing(obtainTargetDataSource().getConnection(username, password));
    }

    static Connection committing(Connection target) {
        return (Connection) Proxy.newProxyInstance(ConnectionProxy.class.getClassLoader(),
                new Class<?>[] { ConnectionProxy.class }, new CommitOnClose(target));
    }

    private static final class CommitOnClose implements InvocationHandler {

        private final Connection target;
        /** A statement was made since the last commit or rollback. */
        private boolean pending;

        CommitOnClose(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getTargetConnection":
                    return target;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Committing connection [" + target + "]";
                case "createStatement", "prepareStatement", "prepareCall":
                    pending = true;
                    break;
                case "commit", "rollback":
                    pending = false;
                    break;
                case "setAutoCommit":
                    // Switching auto-commit on commits what is pending (JDBC).
                    if (Boolean.TRUE.equals(args[0])) {
                        pending = false;
                    }
                    break;
                case "close":
                    if (pending && !target.isClosed() && !target.getAutoCommit()) {
                        pending = false;
                        try {
                            target.commit();
                        }
                        catch (SQLException e) {
                            target.close();
                            throw e;
                        }
                    }
                    break;
                default:
                    break;
            }
            try {
                return method.invoke(target, args);
            }
            catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
        }
    }
}
