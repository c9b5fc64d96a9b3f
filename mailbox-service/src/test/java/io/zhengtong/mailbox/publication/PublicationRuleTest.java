package io.zhengtong.mailbox.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 选登's rule, the one the publish and unpublish endpoints enforce and the letter's
 * {@code allowedActions} shows: only the mailbox's dispatcher, only an answered letter whose
 * writer consented, publish once, take down what is published.
 */
class PublicationRuleTest {

    static final Mailbox COUNTY_HEAD = new Mailbox("county-head", "县长信箱", "gov-office");
    static final Actor DISPATCHER = Actor.staff("lin.xue", "林雪", "gov-office", Role.DISPATCHER, Role.STAFF);
    static final Actor PETITION_DISPATCHER = Actor.staff("wang.fang", "王芳", "petition", Role.DISPATCHER, Role.STAFF);
    static final Actor HOUSING_CLERK = Actor.staff("zhao.lei", "赵磊", "housing", Role.STAFF);
    static final Actor SUPERVISOR = Actor.staff("chen.jing", "陈静", "party-office", Role.SUPERVISOR, Role.STAFF);
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");

    @Test
    void theMailboxsDispatcherMayPublishAnAnsweredLetterWithConsentOnce() {
        Letter letter = answered(true);

        assertThat(LetterPublications.dispatcherRefusal(DISPATCHER, letter)).isNull();
        assertThat(allowed(letter, false)).containsExactly(PublicationStep.PUBLISH);
        assertThat(allowed(letter, true)).containsExactly(PublicationStep.UNPUBLISH);
        assertThat(LetterPublications.stateRefusal(PublicationStep.PUBLISH, letter, true))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-already-published");
    }

    @Test
    void nobodyElseMayDecideNotEvenASupervisorOrAnotherMailboxsDispatcher() {
        Letter letter = answered(true);

        assertThat(LetterPublications.dispatcherRefusal(HOUSING_CLERK, letter))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-role-not-allowed");
        assertThat(LetterPublications.dispatcherRefusal(SUPERVISOR, letter))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-role-not-allowed");
        assertThat(LetterPublications.dispatcherRefusal(PETITION_DISPATCHER, letter))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-other-unit");
        for (Actor other : List.of(HOUSING_CLERK, SUPERVISOR, PETITION_DISPATCHER)) {
            assertThat(LetterPublications.allowedSteps(other, letter, false)).as(other.username()).isEmpty();
            assertThat(LetterPublications.allowedSteps(other, letter, true)).as(other.username()).isEmpty();
        }
    }

    @Test
    void aLetterWithoutConsentOrNotYetAnsweredIsNotPublishedAndWhatIsNotPublishedCannotBeTakenDown() {
        assertThat(allowed(answered(false), false)).isEmpty();
        assertThat(LetterPublications.stateRefusal(PublicationStep.PUBLISH, answered(false), false))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-publication-no-consent");
        Letter inReview = inReview();
        assertThat(allowed(inReview, false)).isEmpty();
        assertThat(LetterPublications.stateRefusal(PublicationStep.PUBLISH, inReview, false))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-publication-not-answered");
        assertThat(LetterPublications.stateRefusal(PublicationStep.UNPUBLISH, answered(true), false))
            .extracting(DomainRuleViolation::code).isEqualTo("letter-not-published");
    }

    @Test
    void theStepsAreNamedAsTheEndpointsLastPathSegment() {
        assertThat(List.of(PublicationStep.values())).extracting(PublicationStep::segment).containsExactly("publish", "unpublish");
    }

    private static List<PublicationStep> allowed(Letter letter, boolean published) {
        return LetterPublications.allowedSteps(DISPATCHER, letter, published);
    }

    private static Letter answered(boolean consent) {
        Letter letter = inReview(consent);
        letter.approveReply(DISPATCHER, MONDAY.plusSeconds(4 * 3600), "同意答复。");
        return letter;
    }

    private static Letter inReview() {
        return inReview(true);
    }

    private static Letter inReview(boolean consent) {
        LetterContent content = new LetterContent(COUNTY_HEAD, LetterType.COMPLAINT, "路灯不亮", "凤州大道南段路灯不亮。",
                new Contact("张三", "13812341234", null, null), consent);
        Letter letter = Letter.submit(LetterId.random(), content, TrackingCode.generate(new SplittableRandom(5)), "{bcrypt}hash",
                Actor.writer(null, "张三"), MONDAY);
        WorkingDayCalendar calendar = WorkingDayCalendar.onSeedSchedule();
        letter.accept(DISPATCHER, MONDAY.plusSeconds(600), LetterType.COMPLAINT, calendar.compute(letter.receivedOn(), 7));
        letter.assign(DISPATCHER, MONDAY.plusSeconds(1200), new Assignment("housing", List.of()), null);
        letter.signFor(HOUSING_CLERK, MONDAY.plusSeconds(1800));
        letter.submitReply(HOUSING_CLERK, MONDAY.plusSeconds(3600), "已修复。");
        return letter;
    }
}
