package io.zhengtong.mailbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.store.Letters.Queue;
import io.zhengtong.platform.paging.PageQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkListPageTest {

    @Test
    void theQueuesFollowOneAnotherAcrossPages() {
        List<Queue> queues = List.of(new Queue(List.of("a", "b", "c"), 3), new Queue(List.of("x", "y", "z"), 3));

        assertThat(WorkListPage.of(queues, new PageQuery(0, 2))).isEqualTo(new WorkListPage(List.of("a", "b"), 6));
        assertThat(WorkListPage.of(queues, new PageQuery(1, 2))).isEqualTo(new WorkListPage(List.of("c", "x"), 6));
        assertThat(WorkListPage.of(queues, new PageQuery(2, 2))).isEqualTo(new WorkListPage(List.of("y", "z"), 6));
        assertThat(WorkListPage.of(queues, new PageQuery(3, 2)).ids()).isEmpty();
    }

    @Test
    void aLetterInTwoQueuesIsListedOnceWhereItFirstAppearsAndCountedOnce() {
        // A dispatcher who also works in the lead unit: the reply in review is in both queues.
        List<Queue> queues = List.of(new Queue(List.of("a", "b"), 2), new Queue(List.of("b", "x"), 2));

        assertThat(WorkListPage.of(queues, new PageQuery(0, 20))).isEqualTo(new WorkListPage(List.of("a", "b", "x"), 3));
    }

    @Test
    void theLengthCountsTheLettersNotYetRead() {
        // Each queue read only as deep as the page: 2 of 500 and 2 of 40.
        List<Queue> queues = List.of(new Queue(List.of("a", "b"), 500), new Queue(List.of("x", "y"), 40));

        WorkListPage page = WorkListPage.of(queues, new PageQuery(0, 2));

        assertThat(page.ids()).containsExactly("a", "b");
        assertThat(page.total()).isEqualTo(540);
    }

    @Test
    void noQueuesIsAnEmptyList() {
        assertThat(WorkListPage.of(List.of(), PageQuery.first())).isEqualTo(new WorkListPage(List.of(), 0));
    }
}
