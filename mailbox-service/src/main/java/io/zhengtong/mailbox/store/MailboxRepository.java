package io.zhengtong.mailbox.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailboxRepository extends JpaRepository<MailboxEntity, String> {

    List<MailboxEntity> findAllByOrderBySortOrder();
}
