package io.zhengtong.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo county is seeded once: per marker, only into an empty service, and only when demo seeding is on. */
class DemoSeedTest {

    /** The marker table's primary key, without a database. */
    static final class MarkerTable extends JdbcTemplate {

        final Set<String> names = new HashSet<>();

        @Override
        public void afterPropertiesSet() {
            // No data source: the rows live in names.
        }

        @Override
        public int update(String sql, Object... args) {
            if (!names.add((String) args[0])) {
                throw new DuplicateKeyException("Duplicate entry '" + args[0] + "' for key 'PRIMARY'");
            }
            return 1;
        }
    }

    /** Demo content that counts how often it was written. */
    static final class Articles implements DemoSeed {

        final DemoSeedMarkers markers;
        final boolean background;
        final List<String> written = new ArrayList<>();
        boolean broken;

        Articles(DemoSeedMarkers markers, boolean background) {
            this.markers = markers;
            this.background = background;
        }

        @Override
        public String content() {
            return "Test articles";
        }

        @Override
        public List<?> seedIfEmpty() {
            return markers.onceIfEmpty("test-articles", () -> !written.isEmpty(), () -> {
                if (broken) {
                    throw new IllegalStateException("database gone");
                }
                written.addAll(List.of("a", "b"));
                return List.copyOf(written);
            });
        }

        @Override
        public boolean inTheBackground() {
            return background;
        }
    }

    final MarkerTable table = new MarkerTable();
    final DemoSeedMarkers markers = new DemoSeedMarkers(table);

    final ApplicationContextRunner service = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DemoSeedAutoConfiguration.class))
        .withBean(JdbcTemplate.class, () -> table)
        .withBean(Articles.class, () -> new Articles(markers, false));

    @Test
    void seedingTwiceWithTheSameMarkerSeedsOnce() {
        List<String> first = markers.once("demo-county", () -> List.of("article 1", "article 2"));
        List<String> second = markers.once("demo-county", () -> List.of("article 3"));

        assertThat(first).containsExactly("article 1", "article 2");
        assertThat(second).isEmpty();
        assertThat(markers.claim("another-county")).isTrue();
    }

    @Test
    void aServiceWithContentOfItsOwnIsNotSeededEvenWithAFreeMarker() {
        List<String> seeded = markers.onceIfEmpty("demo-county", () -> true, () -> List.of("article 1"));

        assertThat(seeded).isEmpty();
        assertThat(markers.onceIfEmpty("demo-county", () -> false, () -> List.of("article 1")))
            .as("the marker was taken all the same").isEmpty();
    }

    @Test
    void theDemoCountyIsSeededOnceTheServiceIsReadyWhenDemoSeedingIsOn() {
        service.withPropertyValues("zhengtong.demo.seed=true").run(context -> {
            ready(context);
            ready(context);

            assertThat(context.getBean(Articles.class).written).containsExactly("a", "b");
            assertThat(table.names).containsExactly("test-articles");
        });
    }

    @Test
    void longSeedingRunsInTheBackground() {
        service.withPropertyValues("zhengtong.demo.seed=true")
            .withBean("slow", Articles.class, () -> new Articles(new DemoSeedMarkers(new MarkerTable()), true))
            .run(context -> {
                Articles slow = context.getBean("slow", Articles.class);
                ready(context);

                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (slow.written.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(slow.written).containsExactly("a", "b");
            });
    }

    @Test
    void nothingIsSeededWhenDemoSeedingIsOff() {
        service.withPropertyValues("zhengtong.demo.seed=false").run(context -> {
            ready(context);

            assertThat(context.getBean(Articles.class).written).isEmpty();
            assertThat(table.names).isEmpty();
        });
        service.run(context -> {
            ready(context);

            assertThat(context.getBean(Articles.class).written).as("not set at all").isEmpty();
        });
    }

    @Test
    void aFailedSeedingLeavesTheServiceRunning() {
        service.withPropertyValues("zhengtong.demo.seed=true").run(context -> {
            context.getBean(Articles.class).broken = true;

            ready(context);

            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Articles.class).written).isEmpty();
        });
    }

    private static void ready(AssertableApplicationContext context) {
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                context.getSourceApplicationContext(), Duration.ZERO));
    }
}
