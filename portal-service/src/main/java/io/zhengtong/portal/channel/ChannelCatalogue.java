package io.zhengtong.portal.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel tree as the OA and the website read it. Channels change only by migration, so the
 * tree is kept in memory and re-read now and then (the website asks for it on every page).
 */
@Service
public class ChannelCatalogue {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Channels channels;
    private final Clock clock;
    private volatile ChannelTree tree;
    private volatile Instant readAt = Instant.MIN;

    public ChannelCatalogue(Channels channels) {
        this.channels = channels;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public ChannelTree tree() {
        Instant now = clock.instant();
        ChannelTree current = tree;
        if (current == null || readAt.plus(FRESH_FOR).isBefore(now)) {
            current = ChannelTree.of(channels.findAllByOrderBySortOrderAscIdAsc());
            tree = current;
            readAt = now;
        }
        return current;
    }
}
