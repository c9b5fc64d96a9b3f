package io.zhengtong.mailbox.store;

import io.zhengtong.platform.config.BeanWrapping;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** Work outside a transaction is committed as with auto-commit, which the pool leaves off ({@link CommittingDataSource}). */
    @Bean
    static BeanPostProcessor committingDataSource() {
        return BeanWrapping.wrapping(DataSource.class, CommittingDataSource.class, CommittingDataSource::new);
    }
}
