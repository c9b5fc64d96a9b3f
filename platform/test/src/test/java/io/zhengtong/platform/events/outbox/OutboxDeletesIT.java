package io.zhengtong.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zhengtong.platform.events.outbox.OutboxTestApplication.Changes;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * Acknowledged events leave the outbox table, deleted on the outbox's own READ COMMITTED connection
 * (one statement per batch), and the service's pool stays as it was.
 */
@IntegrationTest
class OutboxDeletesIT {

    @Autowired
    Changes changes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventKafkaAcknowledgedIsDeletedFromTheOutbox() {
        String id = changes.record();

        await().atMost(Duration.ofMinutes(1)).until(() -> changes.applied(id) == 1 && stored(id) == 0);
        // The service's own connections still run REPEATABLE READ, MariaDB's default.
        assertThat(jdbc.queryForObject("select @@session.tx_isolation", String.class)).isEqualTo("REPEATABLE-READ");
    }

    private int stored(String id) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ?", Integer.class,
                "%" + id + "%");
    }
}
