package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.LetterId;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces a letter's legacy BCrypt query-password hash by the keyed one, outside the aggregate:
 * the stored form is no state of the letter, so neither its version nor its history changes and a
 * clerk's open version stays valid. Runs in the caller's (read-write) transaction.
 */
@Component
public class QueryPasswordHashes {

    private final NamedParameterJdbcTemplate jdbc;

    public QueryPasswordHashes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Only if the row still holds {@code legacy}: two first reads at once both write the same value, harmlessly. */
    public void upgrade(LetterId id, String legacy, String keyed) {
        jdbc.update("UPDATE letter SET query_password_hash = :keyed WHERE id = :id AND query_password_hash = :legacy",
                Map.of("keyed", keyed, "id", id.toString(), "legacy", legacy));
    }
}
