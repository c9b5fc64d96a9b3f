package io.zhengtong.portal.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** All channels of the portal. */
public interface Channels extends Repository<Channel, Long> {

    Optional<Channel> findByCode(String code);

    Optional<Channel> findById(Long id);

    List<Channel> findAllByOrderBySortOrderAscIdAsc();
}
