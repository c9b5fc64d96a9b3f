package io.zhengtong.mailbox.web;

import io.zhengtong.platform.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an IT of the mailbox's HTTP API starts from: the whole service on a random port, a client
 * that calls it as the demo users do ({@link #api}), the letter steps built on it ({@link #letters}),
 * the service's own tables ({@link #jdbc}) and Kafka's address for reading what went out.
 */
@IntegrationTest
abstract class MailboxFixture {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    JdbcTemplate jdbc;

    MailboxClient api;
    Letters letters;

    @BeforeEach
    void connect() {
        api = new MailboxClient(port);
        letters = new Letters(api, jdbc);
    }
}
