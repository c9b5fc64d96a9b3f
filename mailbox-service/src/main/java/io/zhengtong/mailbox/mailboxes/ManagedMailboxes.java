package io.zhengtong.mailbox.mailboxes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagedMailboxes extends JpaRepository<ManagedMailbox, String> {

    List<ManagedMailbox> findAllByOrderBySortOrderAscCodeAsc();

    List<ManagedMailbox> findAllByClosedAtIsNullOrderBySortOrderAscCodeAsc();

    boolean existsByNameAndCodeNot(String name, String code);
}
