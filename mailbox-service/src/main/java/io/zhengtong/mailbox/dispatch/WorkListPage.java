package io.zhengtong.mailbox.dispatch;

import io.zhengtong.mailbox.store.Letters.Queue;
import io.zhengtong.platform.paging.PageQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One page of a work list made of several queues one after the other, a letter listed once where
 * it first appears. Each queue must hold its first {@code offset + size} ids: the page's lines can
 * come from no deeper, whatever repeats. {@code total} is the queues' lengths less the repeats seen;
 * a letter repeated beyond the lines read counts twice (a dispatcher who also works in the lead unit).
 */
record WorkListPage(List<String> ids, long total) {

    static WorkListPage of(List<Queue> queues, PageQuery paging) {
        Set<String> lines = new LinkedHashSet<>();
        long total = 0;
        for (Queue queue : queues) {
            total += queue.length();
            for (String id : queue.ids()) {
                if (!lines.add(id)) {
                    total--;
                }
            }
        }
        return new WorkListPage(lines.stream().skip(paging.offset()).limit(paging.size()).toList(), total);
    }
}
