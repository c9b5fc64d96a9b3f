package io.zhengtong.mailbox;

import io.zhengtong.mailbox.store.MailboxEntity;
import io.zhengtong.mailbox.store.MailboxRepository;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Stops the start when a period is configured for a mailbox that does not exist: a mistyped code
 * ({@code county_head} for {@code county-head}) would otherwise silently leave that mailbox on the
 * standard periods. Runs once the schema is migrated, so the mailboxes are there to compare with.
 */
@Component
class DeadlineSettingsCheck implements ApplicationRunner {

    private final DeadlineSettings settings;
    private final MailboxRepository mailboxes;

    DeadlineSettingsCheck(DeadlineSettings settings, MailboxRepository mailboxes) {
        this.settings = settings;
        this.mailboxes = mailboxes;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> known = mailboxes.findAll().stream().map(MailboxEntity::code).toList();
        List<String> unknown = settings.unknownMailboxes(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("办理时限配置有误：" + DeadlineSettings.PREFIX + ".mailboxes 中的信箱 "
                    + String.join("、", unknown) + " 不存在，现有信箱：" + String.join("、", known));
        }
    }
}
