package io.zhengtong.exchange.tracking;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.EDUCATION;
import static io.zhengtong.exchange.document.Documents.FINANCE;
import static io.zhengtong.exchange.workflow.People.ZHAO_LEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

class TrackingBoardTest {

    static final ReminderPolicy POLICY = ReminderPolicy.standard(WorkingDayCalendar.onSeedSchedule());

    static Instant fengxian(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    /** 加急 notice delivered Friday 2026-03-06 15:00 to three units: one signs, one returns, one is silent. */
    @Test
    void theSenderSeesEachRecipientTheSignForRateAndWhoIsOverdue() {
        Instant delivered = fengxian("2026-03-06T15:00");
        Delivery culture = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, Urgency.URGENT), delivered);
        Delivery education = Delivery.deliver(Copies.notice(EDUCATION, 2, Urgency.URGENT), delivered);
        Delivery finance = Delivery.deliver(Copies.notice(FINANCE, 3, Urgency.URGENT), delivered);
        culture.open(ZHU_HONG, fengxian("2026-03-09T08:40"));
        culture.signFor(ZHU_HONG, Drafts.valid(delivered), fengxian("2026-03-09T08:45"));
        education.returnToSender(ZHAO_LEI, "应由县应急管理局办理", fengxian("2026-03-09T09:10"));

        TrackingBoard board = TrackingBoard.of(Copies.DOCUMENT, List.of(finance, education, culture), POLICY,
                fengxian("2026-03-09T16:00"));

        assertThat(board.rows()).extracting(r -> r.recipient().code())
            .containsExactly("culture-tourism", "education", "finance");
        TrackingBoard.Row signed = board.rows().get(0);
        assertThat(signed.status()).isEqualTo(DeliveryStatus.SIGNED_FOR);
        assertThat(signed.signedForBy()).isEqualTo("朱红");
        assertThat(signed.signedForAt()).isEqualTo(fengxian("2026-03-09T08:45"));
        assertThat(signed.firstReadAt()).isEqualTo(fengxian("2026-03-09T08:40"));
        assertThat(signed.nextReminderAt()).isNull();
        assertThat(board.rows().get(1).returnReason()).isEqualTo("应由县应急管理局办理");
        TrackingBoard.Row silent = board.rows().get(2);
        assertThat(silent.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(silent.signForDueAt()).isEqualTo(fengxian("2026-03-09T15:00"));
        assertThat(silent.overdue()).isTrue();
        assertThat(board.overdue()).extracting(r -> r.recipient().code()).containsExactly("finance");
        assertThat(board.signForRate().label()).isEqualTo("1/3（33.3%）");
        assertThat(board.count(DeliveryStatus.RETURNED)).isEqualTo(1);
    }

    @Test
    void nobodyIsOverdueBeforeTheirDueTime() {
        Instant delivered = fengxian("2026-03-06T15:00");
        Delivery finance = Delivery.deliver(Copies.notice(FINANCE, 3, Urgency.URGENT), delivered);

        TrackingBoard board = TrackingBoard.of(Copies.DOCUMENT, List.of(finance), POLICY, fengxian("2026-03-09T14:59"));

        assertThat(board.overdue()).isEmpty();
        assertThat(board.rows().getFirst().nextReminderAt()).isEqualTo(fengxian("2026-03-09T15:00"));
    }

    @ParameterizedTest(name = "{0} of {1} signed for → {2}%")
    @CsvSource({"49, 50, 98.0", "2, 3, 66.7", "1, 3, 33.3", "0, 0, 0.0", "3, 3, 100.0", "1078, 1100, 98.0"})
    void theSignForRateIsTheShareOfCopiesSignedFor(int signed, int delivered, String percent) {
        assertThat(new SignForRate(signed, delivered).percent()).hasToString(percent);
    }

    @Test
    void aBoardOnlyShowsCopiesOfItsOwnDocument() {
        Delivery other = Delivery.deliver(new io.zhengtong.exchange.delivery.DeliveryNotice(UUID.randomUUID(),
                Copies.notice(FINANCE, 1, Urgency.NORMAL).sender(), FINANCE, io.zhengtong.exchange.outgoing.RecipientKind.MAIN,
                new io.zhengtong.exchange.document.CopyNumber(1), Copies.notice(FINANCE, 1, Urgency.NORMAL).number(), "另一份公文",
                Urgency.NORMAL, "aa"), Drafts.MONDAY_9);

        assertThatThrownBy(() -> TrackingBoard.of(Copies.DOCUMENT, List.of(other), POLICY, Drafts.MONDAY_9))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReturnedCopyCountsAgainstTheRate() {
        Delivery returned = Copies.in(DeliveryStatus.RETURNED, Drafts.MONDAY_9);

        TrackingBoard board = TrackingBoard.of(Copies.DOCUMENT, List.of(returned), POLICY, Drafts.MONDAY_9);

        assertThat(board.signForRate().percent()).hasToString("0.0");
        assertThat(board.overdue()).isEmpty();
    }
}
