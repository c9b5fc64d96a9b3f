package io.zhengtong.mailbox.mailboxes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxChanges extends JpaRepository<MailboxChange, Long> {

    /** Newest first. */
    List<MailboxChange> findByMailboxCodeOrderByIdDesc(String mailboxCode);
}
