package io.zhengtong.platform.config;

import java.util.function.Function;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps a bean that an auto-configuration of Spring's makes (the data source, the JWT decoder,
 * Modulith's outbox table) instead of defining it anew, so its properties keep applying. Declare
 * the post-processor as a {@code static @Bean}: it runs after the auto-proxy creator, so it wraps
 * the bean's transactional proxy, not the bare bean.
 */
public final class BeanWrapping {

    private BeanWrapping() {
    }

    /** Every bean of {@code type}, unless already a {@code wrapper}, replaced by {@code wrap}'s result. */
    public static <T> BeanPostProcessor wrapping(Class<T> type, Class<? extends T> wrapper, Function<T, ? extends T> wrap) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return type.isInstance(bean) && !wrapper.isInstance(bean) ? wrap.apply(type.cast(bean)) : bean;
            }
        };
    }
}
