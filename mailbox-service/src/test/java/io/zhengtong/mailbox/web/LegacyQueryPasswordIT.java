package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.test.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Letters written while query passwords were kept as BCrypt hashes keep opening, and move to the keyed hash. */
@IntegrationTest
class LegacyQueryPasswordIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    MailboxClient api;
    Letters letters;

    @BeforeEach
    void connect() {
        api = new MailboxClient(port);
        letters = new Letters(api, jdbc);
    }

    @Test
    void aLetterWithAnOldBcryptPasswordOpensAndFromThenOnIsCheckedByTheKeyedHash() {
        Map<String, String> letter = letters.write("petition", "旧查询密码的来信", "查询密码在改为密钥散列之前保存。", null);
        String compact = letter.get("code").replace("-", "");
        assertThat(storedHash(compact)).startsWith("hmac-sha256:");
        // As stored before: BCrypt of the normalised password.
        String legacy = new BCryptPasswordEncoder(4).encode(letter.get("password").replace("-", ""));
        jdbc.update("UPDATE letter SET query_password_hash = ? WHERE tracking_code = ?", legacy, compact);
        long version = jdbc.queryForObject("SELECT version FROM letter WHERE tracking_code = ?", Long.class, compact);

        assertThat(api.track(letter.get("code"), "AAAAA-AAAAA").getStatusCode().value()).isEqualTo(404);
        assertThat(storedHash(compact)).isEqualTo(legacy);

        assertThat(api.track(letter.get("code"), letter.get("password")).getStatusCode().value()).isEqualTo(200);
        assertThat(storedHash(compact)).startsWith("hmac-sha256:");
        // Not a change of the letter: a clerk's open version stays valid, the history has no new line.
        assertThat(jdbc.queryForObject("SELECT version FROM letter WHERE tracking_code = ?", Long.class, compact))
            .isEqualTo(version);

        assertThat(api.track(letter.get("code"), letter.get("password")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.track(letter.get("code"), "AAAAA-AAAAA").getStatusCode().value()).isEqualTo(404);
    }

    private String storedHash(String compactCode) {
        return jdbc.queryForObject("SELECT query_password_hash FROM letter WHERE tracking_code = ?", String.class,
                compactCode);
    }
}
