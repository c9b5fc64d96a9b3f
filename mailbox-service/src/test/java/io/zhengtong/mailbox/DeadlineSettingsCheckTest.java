package io.zhengtong.mailbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zhengtong.mailbox.store.MailboxEntity;
import io.zhengtong.mailbox.store.MailboxRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineSettingsCheckTest {

    private static MailboxRepository mailboxes(String... codes) {
        MailboxRepository repository = mock(MailboxRepository.class);
        List<MailboxEntity> entities = java.util.Arrays.stream(codes).map(code -> {
            MailboxEntity entity = mock(MailboxEntity.class);
            when(entity.code()).thenReturn(code);
            return entity;
        }).toList();
        when(repository.findAll()).thenReturn(entities);
        return repository;
    }

    @Test
    void theServiceDoesNotStartWhenAPeriodIsSetForAMailboxThatDoesNotExistAndSaysWhichOnesDo() {
        DeadlineSettings settings = new DeadlineSettings(Map.of(), Map.of("county_head", Map.of("consultation", 2)));

        assertThatThrownBy(() -> new DeadlineSettingsCheck(settings, mailboxes("party-secretary", "county-head")).run(null))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("办理时限配置有误：zhengtong.mailbox.deadlines.mailboxes 中的信箱 county_head 不存在，"
                    + "现有信箱：party-secretary、county-head");
    }

    @Test
    void periodsForExistingMailboxesPass() {
        DeadlineSettings settings = new DeadlineSettings(Map.of(), Map.of("county-head", Map.of("consultation", 2)));

        assertThatCode(() -> new DeadlineSettingsCheck(settings, mailboxes("party-secretary", "county-head")).run(null))
            .doesNotThrowAnyException();
    }
}
