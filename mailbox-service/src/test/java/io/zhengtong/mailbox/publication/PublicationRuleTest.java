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
import org.springframework.http.HttpStatus;

/**
 * 选登's rule, the one the publish and unpublish endpoints enforce and the letter's
 * {@code allowedActions} shows: only the mailbox's dispatcher, only an answered letter whose
 * writer consented, publish once, take down what is published. Every refusal is checked with the
 * words the endpoint answers, which are also what the detail's {@code publication} tells the dispatcher.
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
        assertThat(offer(letter, false).steps()).containsExactly(PublicationStep.PUBLISH);
        assertThat(offer(letter, false).publish()).isEqualTo(new PublishStanding(true, null, null));
        assertThat(offer(letter, true).steps()).containsExactly(PublicationStep.UNPUBLISH);
        assertThat(offer(letter, true).publish())
            .isEqualTo(new PublishStanding(false, "ALREADY_PUBLISHED", "此信件已在网站选登，无需重复发布。"));
        assertProblem(LetterPublications.stateRefusal(PublicationStep.PUBLISH, letter, true), letter,
                HttpStatus.CONFLICT, "letter-already-published", "此信件已在网站选登，无需重复发布。");
    }

    @Test
    void nobodyElseMayDecideNotEvenASupervisorOrAnotherMailboxsDispatcherAndTheyAreNotToldWhy() {
        Letter letter = answered(true);

        assertProblem(LetterPublications.dispatcherRefusal(HOUSING_CLERK, letter), letter,

                HttpStatus.FORBIDDEN, "letter-role-not-allowed", "信件选登只能由分办员办理。");
        assertThat(LetterPublications.dispatcherRefusal(SUPERVISOR, letter)).isEqualTo(PublicationRefusal.NOT_DISPATCHER);
        assertProblem(LetterPublications.dispatcherRefusal(PETITION_DISPATCHER, letter), letter,
                HttpStatus.FORBIDDEN, "letter-other-unit", "此信件属于「县长信箱」，只能由该信箱所属单位的分办员选登。");
        for (Actor other : List.of(HOUSING_CLERK, SUPERVISOR, PETITION_DISPATCHER)) {
            for (boolean published : List.of(false, true)) {
                assertThat(LetterPublications.offer(other, letter, published)).as(other.username())
                    .isEqualTo(LetterPublications.PublicationOffer.NONE);
            }
        }
        assertThat(PublicationRefusal.NOT_DISPATCHER.concernsTheDispatcher()).isFalse();
        assertThat(PublicationRefusal.OTHER_MAILBOX.concernsTheDispatcher()).isFalse();
    }

    @Test
    void aLetterWhoseWriterDidNotConsentIsNeverPublishedAndTheDispatcherIsToldSo() {
        for (Letter letter : List.of(answered(false), inReview(false))) {
            assertThat(offer(letter, false).steps()).isEmpty();
            assertThat(offer(letter, false).publish())
                .as("not answered yet either, but consent is what will never change")
                .isEqualTo(new PublishStanding(false, "NO_CONSENT", "来信人未同意公开此信件，不能选登。"));
            assertProblem(LetterPublications.stateRefusal(PublicationStep.PUBLISH, letter, false), letter,
                    HttpStatus.CONFLICT, "letter-publication-no-consent", "来信人未同意公开此信件，不能选登。");
        }
    }

    @Test
    void aLetterNotYetAnsweredIsNotPublishedAndTheDispatcherReadsItsState() {
        Letter inReview = inReview();

        assertThat(offer(inReview, false).steps()).isEmpty();
        assertThat(offer(inReview, false).publish()).isEqualTo(
                new PublishStanding(false, "NOT_ANSWERED", "只有已答复的信件才能选登，此信件当前状态为「答复审核中」。"));
        assertProblem(LetterPublications.stateRefusal(PublicationStep.PUBLISH, inReview, false), inReview,
                HttpStatus.CONFLICT, "letter-publication-not-answered", "只有已答复的信件才能选登，此信件当前状态为「答复审核中」。");
    }

    @Test
    void whatIsNotPublishedCannotBeTakenDown() {
        Letter letter = answered(true);

        assertProblem(LetterPublications.stateRefusal(PublicationStep.UNPUBLISH, letter, false), letter,

                HttpStatus.CONFLICT, "letter-not-published", "此信件没有在网站选登，无需撤下。");
        assertThat(LetterPublications.stateRefusal(PublicationStep.UNPUBLISH, letter, true)).isNull();
    }

    @Test
    void theStepsAreNamedAsTheEndpointsLastPathSegment() {
        assertThat(List.of(PublicationStep.values())).extracting(PublicationStep::segment).containsExactly("publish", "unpublish");
    }

    private static LetterPublications.PublicationOffer offer(Letter letter, boolean published) {
        return LetterPublications.offer(DISPATCHER, letter, published);
    }

    /** The refusal as the endpoint answers it: status, problem code and the Chinese detail. */
    private static void assertProblem(PublicationRefusal refusal, Letter letter, HttpStatus status, String code, String message) {
        assertThat(refusal).isNotNull();
        assertThat(refusal.problem(letter))
            .extracting(DomainRuleViolation::status, DomainRuleViolation::code, DomainRuleViolation::getMessage)
            .containsExactly(status, code, message);
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
        WorkingDayCalendar calendar = WorkingDayCalendar.onSeedSchedule();
        Letter letter = Letter.submit(LetterId.random(), content, TrackingCode.generate(new SplittableRandom(5)), "{bcrypt}hash",
                Actor.writer(null, "张三"), MONDAY, calendar.compute(WorkingDayCalendar.dateOf(MONDAY), 7));
        letter.accept(DISPATCHER, MONDAY.plusSeconds(600), LetterType.COMPLAINT, calendar.compute(letter.receivedOn(), 7));
        letter.assign(DISPATCHER, MONDAY.plusSeconds(1200), new Assignment("housing", List.of()), null);
        letter.signFor(HOUSING_CLERK, MONDAY.plusSeconds(1800));
        letter.submitReply(HOUSING_CLERK, MONDAY.plusSeconds(3600), "已修复。");
        return letter;
    }
}
