package io.zhengtong.exchange.reminder;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.delivery.Reminder;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

class ReminderPolicyTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();
    static final ReminderPolicy POLICY = ReminderPolicy.standard(CALENDAR);

    /** A wall-clock time in Fengxian. */
    static Instant fengxian(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    @ParameterizedTest(name = "{0} delivered {1} → remind {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            EXTRA_URGENT | 2026-03-04T10:00 | 2026-03-04T12:00 | two office hours on a Wednesday morning
            EXTRA_URGENT | 2026-03-04T15:30 | 2026-03-04T17:30 | ends exactly at closing time, stays that day
            EXTRA_URGENT | 2026-03-04T16:30 | 2026-03-05T09:30 | one hour today, one hour after opening tomorrow
            EXTRA_URGENT | 2026-03-06T16:30 | 2026-03-09T09:30 | Friday afternoon runs on into Monday morning
            EXTRA_URGENT | 2026-03-03T22:00 | 2026-03-04T10:30 | delivered at night counts from opening
            EXTRA_URGENT | 2026-03-07T11:00 | 2026-03-09T10:30 | delivered on Saturday counts from Monday
            EXTRA_URGENT | 2026-04-30T17:00 | 2026-05-06T10:00 | half an hour before 劳动节, the rest after it
            URGENT       | 2026-03-03T10:00 | 2026-03-04T10:00 | one working day: same time the next working day
            URGENT       | 2026-03-06T15:00 | 2026-03-09T15:00 | Friday to Monday over the weekend
            URGENT       | 2026-03-03T08:30 | 2026-03-03T17:30 | a full office day from opening ends at closing
            URGENT       | 2025-09-26T15:00 | 2025-09-28T15:00 | the worked Sunday before 国庆节 counts
            URGENT       | 2025-09-30T15:00 | 2025-10-09T15:00 | skips the eight days of 国庆节、中秋节
            NORMAL       | 2026-03-06T11:00 | 2026-03-11T11:00 | three working days after a weekend
            NORMAL       | 2026-02-13T10:00 | 2026-02-25T10:00 | 春节: the worked Saturday counts, the holiday not
            NORMAL       | 2025-12-31T16:00 | 2026-01-06T16:00 | 元旦 and the worked Sunday 2026-01-04
            """)
    void theFirstReminderComesOneDelayAfterDeliveryCountedInOfficeTime(Urgency urgency, String delivered,
            String due, String why) {
        Delivery delivery = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, urgency), fengxian(delivered));

        assertThat(POLICY.signForDueAt(delivery)).isEqualTo(fengxian(due));
        assertThat(POLICY.nextAutomaticReminderAt(delivery)).contains(fengxian(due));
    }

    @Test
    void noReminderIsSentBeforeItIsDueAndOneIsSentWhenItIs() {
        Delivery delivery = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, Urgency.EXTRA_URGENT),
                fengxian("2026-03-06T16:30"));

        assertThat(POLICY.remindIfDue(delivery, fengxian("2026-03-09T09:29"))).isFalse();
        assertThat(POLICY.isOverdue(delivery, fengxian("2026-03-09T09:29"))).isFalse();
        assertThat(POLICY.remindIfDue(delivery, fengxian("2026-03-09T09:30"))).isTrue();
        assertThat(POLICY.isOverdue(delivery, fengxian("2026-03-09T09:30"))).isTrue();
        assertThat(delivery.reminders()).singleElement()
            .satisfies(r -> assertThat(r.kind()).isEqualTo(Reminder.Kind.AUTOMATIC));
    }

    @Test
    void aSecondAutomaticReminderFollowsOneMoreDelayAfterTheFirst() {
        Delivery delivery = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, Urgency.EXTRA_URGENT),
                fengxian("2026-03-06T16:30"));
        POLICY.remindIfDue(delivery, fengxian("2026-03-09T09:30"));

        assertThat(POLICY.remindIfDue(delivery, fengxian("2026-03-09T10:00"))).isFalse();
        assertThat(POLICY.nextAutomaticReminderAt(delivery)).contains(fengxian("2026-03-09T11:30"));
    }

    @Test
    void aManualReminderPostponesTheNextAutomaticOne() {
        Delivery delivery = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, Urgency.URGENT),
                fengxian("2026-03-03T10:00"));

        delivery.remindManually(ZHANG_WEI, "已电话联系", fengxian("2026-03-03T16:00"));

        assertThat(POLICY.nextAutomaticReminderAt(delivery)).contains(fengxian("2026-03-04T16:00"));
        assertThat(POLICY.remindIfDue(delivery, fengxian("2026-03-04T10:00"))).isFalse();
    }

    @Test
    void aSignedForCopyIsNeverRemindedNorOverdue() {
        Delivery delivery = Copies.in(DeliveryStatus.SIGNED_FOR, fengxian("2026-03-03T10:00"));
        Instant muchLater = fengxian("2026-04-01T10:00");

        assertThat(POLICY.nextAutomaticReminderAt(delivery)).isEmpty();
        assertThat(POLICY.remindIfDue(delivery, muchLater)).isFalse();
        assertThat(POLICY.isOverdue(delivery, muchLater)).isFalse();
        assertThat(delivery.reminders()).isEmpty();
    }

    @Test
    void aReturnedCopyIsNeverReminded() {
        Delivery delivery = Copies.in(DeliveryStatus.RETURNED, fengxian("2026-03-03T10:00"));

        assertThat(POLICY.remindIfDue(delivery, fengxian("2026-04-01T10:00"))).isFalse();
        assertThatThrownBy(() -> delivery.remindManually(ZHANG_WEI, "", fengxian("2026-04-01T10:00")))
            .hasMessage("公文当前为“已退回”，不能催办。");
    }

    @Test
    void aCopyThatWasOnlyOpenedIsStillReminded() {
        Delivery delivery = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, Urgency.URGENT), fengxian("2026-03-03T10:00"));
        delivery.open(ZHU_HONG, fengxian("2026-03-03T11:00"));

        assertThat(POLICY.remindIfDue(delivery, fengxian("2026-03-04T10:00"))).isTrue();
    }

    @Test
    void theDelaysAndOfficeHoursCanBeConfigured() {
        ReminderPolicy county = new ReminderPolicy(CALENDAR, new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                Map.of(Urgency.EXTRA_URGENT, ReminderDelay.officeHours(1), Urgency.URGENT, ReminderDelay.workingDays(2),
                        Urgency.NORMAL, ReminderDelay.workingDays(5)));

        assertThat(county.dueAfter(Urgency.EXTRA_URGENT, fengxian("2026-03-06T16:30")))
            .isEqualTo(fengxian("2026-03-09T09:30"));
        assertThat(county.dueAfter(Urgency.URGENT, fengxian("2026-03-06T15:00"))).isEqualTo(fengxian("2026-03-10T15:00"));
        assertThat(county.dueAfter(Urgency.NORMAL, fengxian("2026-03-02T08:00"))).isEqualTo(fengxian("2026-03-06T17:00"));
    }

    @Test
    void aPolicyMustSayHowLongEveryUrgencyWaits() {
        assertThatThrownBy(() -> new ReminderPolicy(CALENDAR, OfficeHours.STANDARD,
                Map.of(Urgency.EXTRA_URGENT, ReminderDelay.officeHours(2))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderDelay.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficeHours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardDelaysReadAsTheRulesSayThem() {
        assertThat(POLICY.delayFor(Urgency.EXTRA_URGENT).label()).isEqualTo("2小时");
        assertThat(POLICY.delayFor(Urgency.URGENT).label()).isEqualTo("1个工作日");
        assertThat(POLICY.delayFor(Urgency.NORMAL).label()).isEqualTo("3个工作日");
        assertThat(OfficeHours.STANDARD.day()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void anAutomaticReminderIsRecordedAsTheSystemsNotAPersons() {
        Delivery delivery = Delivery.deliver(Copies.notice(CULTURE_TOURISM, 1, Urgency.URGENT), Drafts.MONDAY_9);

        POLICY.remindIfDue(delivery, Drafts.MONDAY_9.plus(Duration.ofDays(2)));

        assertThat(delivery.history().getLast().actor()).isEqualTo("system");
        assertThat(delivery.history().getLast().remark()).isEqualTo("自动催办");
    }
}
