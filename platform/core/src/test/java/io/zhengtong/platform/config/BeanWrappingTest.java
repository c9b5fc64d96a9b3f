package io.zhengtong.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;

class BeanWrappingTest {

    record Plain(String value) implements Supplier<String> {
        @Override
        public String get() {
            return value;
        }
    }

    record Loud(Supplier<String> inner) implements Supplier<String> {
        @Override
        public String get() {
            return inner.get().toUpperCase();
        }
    }

    @SuppressWarnings("unchecked")
    private final BeanPostProcessor loud = BeanWrapping.wrapping((Class<Supplier<String>>) (Class<?>) Supplier.class,
            Loud.class, Loud::new);

    @Test
    void aBeanOfTheTypeIsWrappedAndOthersAreLeftAsTheyAre() {
        Object wrapped = loud.postProcessAfterInitialization(new Plain("county"), "supplier");
        Object other = loud.postProcessAfterInitialization("not a supplier", "text");

        assertThat(wrapped).isInstanceOf(Loud.class);
        assertThat(((Loud) wrapped).get()).isEqualTo("COUNTY");
        assertThat(other).isEqualTo("not a supplier");
    }

    @Test
    void anAlreadyWrappedBeanIsNotWrappedTwice() {
        Loud once = new Loud(new Plain("county"));

        assertThat(loud.postProcessAfterInitialization(once, "supplier")).isSameAs(once);
    }
}
