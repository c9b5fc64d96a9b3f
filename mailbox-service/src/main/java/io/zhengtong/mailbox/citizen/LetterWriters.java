package io.zhengtong.mailbox.citizen;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which letters a logged-in citizen wrote ({@code letter_writer}); callers run in their use case's transaction. */
@Component
class LetterWriters {

    private final JdbcClient jdbc;

    LetterWriters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String letterId, CitizenAccount writer, Instant submittedAt) {
        jdbc.sql("INSERT INTO letter_writer (letter_id, subject, username, submitted_at) VALUES (?, ?, ?, ?)")
            .params(letterId, writer.subject(), writer.username(), Timestamp.from(submittedAt))
            .update();
    }

    boolean wrote(String subject, String letterId) {
        return jdbc.sql("SELECT count(*) FROM letter_writer WHERE letter_id = ? AND subject = ?")
            .params(letterId, subject).query(Integer.class).single() > 0;
    }

    /** The ids of the account's letters, newest first (from the index alone). */
    List<String> idsOf(String subject, int page, int size) {
        return jdbc.sql("SELECT letter_id FROM letter_writer WHERE subject = ? "
                + "ORDER BY submitted_at DESC, letter_id DESC LIMIT ? OFFSET ?")
            .params(subject, size, (long) page * size).query(String.class).list();
    }

    long countOf(String subject) {
        return jdbc.sql("SELECT count(*) FROM letter_writer WHERE subject = ?").param(subject).query(Long.class).single();
    }
}
