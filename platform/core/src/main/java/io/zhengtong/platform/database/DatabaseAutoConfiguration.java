package io.zhengtong.platform.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import io.zhengtong.platform.config.BeanWrapping;

/**
 * Transactions take a pooled connection only when they run a statement. Without this every
 * transaction costs two round trips (auto-commit off, then on again) even when it reads or
 * writes nothing, such as Spring Modulith marking an event in a transaction of its own: in the
 * mailbox that was a third of all the statements a letter's handling sent.
 */
@AutoConfiguration
@ConditionalOnClass(LazyConnectionDataSourceProxy.class)
public class DatabaseAutoConfiguration {

    @Bean
    static BeanPostProcessor lazyTransactionConnections() {
        return BeanWrapping.wrapping(DataSource.class, LazyConnectionDataSourceProxy.class, LazyConnectionDataSourceProxy::new);
    }
}
