package io.zhengtong.mailbox.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zhengtong.mailbox.letter.LetterType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

class StoredMailboxPeriodsTest {

    /** The table as 信箱管理 left it; counts the reads. */
    static class PeriodTable extends JdbcTemplate {

        final Map<String, Map<LetterType, Integer>> rows = new HashMap<>();
        int reads;

        @Override
        public void query(String sql, RowCallbackHandler handler, Object... args) {
            reads++;
            rows.getOrDefault((String) args[0], Map.of()).forEach((type, days) -> {
                try {
                    ResultSet row = mock(ResultSet.class);
                    when(row.getString(1)).thenReturn(type.name());
                    when(row.getInt(2)).thenReturn(days);
                    handler.processRow(row);
                }
                catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private final PeriodTable table = new PeriodTable();

    @Test
    void lettersOfOneMailboxReadItsPeriodsOnceWhileNobodyChangesThem() {
        table.rows.put("housing", Map.of(LetterType.COMPLAINT, 5));
        StoredMailboxPeriods periods = new StoredMailboxPeriods(table, Duration.ofSeconds(30));

        for (int letter = 0; letter < 10; letter++) {
            assertThat(periods.of("housing")).containsExactly(Map.entry(LetterType.COMPLAINT, 5));
        }

        assertThat(table.reads).isEqualTo(1);
    }

    @Test
    void aPeriodChangedInMailboxAdministrationHoldsForTheNextLetterAtOnce() {
        table.rows.put("housing", Map.of(LetterType.COMPLAINT, 5));
        StoredMailboxPeriods periods = new StoredMailboxPeriods(table, Duration.ofSeconds(30));
        periods.of("housing");

        table.rows.put("housing", Map.of(LetterType.COMPLAINT, 8));
        periods.forget("housing");

        assertThat(periods.of("housing")).containsExactly(Map.entry(LetterType.COMPLAINT, 8));
    }

    @Test
    void withoutACacheEveryLetterReadsThePeriods() {
        StoredMailboxPeriods periods = new StoredMailboxPeriods(table, Duration.ZERO);

        periods.of("housing");
        periods.of("housing");

        assertThat(table.reads).isEqualTo(2);
    }
}
