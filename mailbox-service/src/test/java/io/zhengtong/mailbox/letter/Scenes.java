package io.zhengtong.mailbox.letter;

import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.Deadline;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The people and letters the tests talk about: the county head's mailbox run by the government
 * office, the housing bureau handling, the culture bureau as "another unit".
 */
final class Scenes {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();

    static final Mailbox COUNTY_HEAD = new Mailbox("county-head", "县长信箱", "gov-office");
    static final Mailbox CULTURE = new Mailbox("culture-tourism", "文化和旅游局信箱", "culture-tourism");

    static final Actor DISPATCHER = Actor.staff("lina", "李娜", "gov-office", Role.DISPATCHER);
    static final Actor CULTURE_DISPATCHER = Actor.staff("wangqiang", "王强", "culture-tourism", Role.DISPATCHER);
    static final Actor COUNTY_HEAD_LEADER = Actor.staff("zhaoxian", "赵县长", "gov-office", Role.LEADER);
    static final Actor DEPUTY_HEAD = Actor.staff("qianfu", "钱副县长", "gov-office", Role.LEADER);
    static final Actor HOUSING_CLERK = Actor.staff("zhoumin", "周敏", "housing", Role.STAFF);
    static final Actor HOUSING_HEAD = Actor.staff("wuju", "吴局长", "housing", Role.LEADER);
    static final Actor CULTURE_CLERK = Actor.staff("zhenglei", "郑磊", "culture-tourism", Role.STAFF);
    static final Actor CULTURE_HEAD = Actor.staff("fengju", "冯局长", "culture-tourism", Role.LEADER);
    /** The power supply company assists the housing bureau on the letters of {@link #assigned()} (协办). */
    static final Actor POWER_SUPPLY_CLERK = Actor.staff("hejun", "何军", "power-supply", Role.STAFF);
    static final Actor POWER_SUPPLY_HEAD = Actor.staff("majing", "马经理", "power-supply", Role.LEADER);
    static final Actor SUPERVISOR = Actor.staff("sundu", "孙督查", "supervision-office", Role.SUPERVISOR);
    static final Actor EDITOR = Actor.staff("chenbian", "陈编辑", "gov-office");

    /** Monday 2025-09-29, the working day before 国庆节 and 中秋节 (10-01 to 10-08 off, Saturday 10-11 worked). */
    static final Instant RECEIVED = shanghai("2025-09-29T10:00");
    /** Thursday 2025-10-09, the first working day after the holiday: before the 7-day due date 2025-10-15. */
    static final Instant NOW = shanghai("2025-10-09T09:30");

    private static final SplittableRandom RANDOM = new SplittableRandom(20251001);

    private Scenes() {
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    static TrackingCode newCode() {
        return TrackingCode.generate(RANDOM);
    }

    static Actor citizenOf(Letter letter) {
        return Actor.citizen(letter.trackingCode());
    }

    static Letter submitted() {
        return submitted(COUNTY_HEAD, LetterType.COMPLAINT);
    }

    static Letter submitted(Mailbox mailbox, LetterType type) {
        LetterContent content = new LetterContent(mailbox, type, "小区门口路灯坏了三个月",
                "双石铺镇凤州路12号小区门口路灯坏了三个月，夜间出行不便，请尽快维修。",
                new Contact("张三", "13812341234", "zhangsan@example.com", null), true);
        return Letter.submit(LetterId.random(), content, newCode(), "{bcrypt}hash", Actor.writer(null, "张三"), RECEIVED,
                deadlineOf(type));
    }

    /** The standard period of the type (consultations 3 working days, others 7) from the day of {@link #RECEIVED}. */
    static Deadline deadlineOf(LetterType type) {
        return CALENDAR.compute(WorkingDayCalendar.dateOf(RECEIVED), type == LetterType.CONSULTATION ? 3 : 7);
    }

    static Letter accepted() {
        Letter letter = submitted();
        letter.accept(DISPATCHER, RECEIVED.plusSeconds(3600), LetterType.COMPLAINT,
                CALENDAR.compute(letter.receivedOn(), 7));
        return letter;
    }

    static Letter rejected() {
        Letter letter = submitted();
        letter.rejectAsInvalid(DISPATCHER, NOW, "来信内容为广告，不属于信箱受理范围");
        return letter;
    }

    static Letter merged() {
        Letter letter = submitted();
        letter.mergeInto(accepted(), DISPATCHER, NOW, "同一路灯问题");
        return letter;
    }

    static Letter forwarded() {
        Letter letter = accepted();
        letter.forwardToLeader(DISPATCHER, NOW, "zhaoxian", "赵县长", "涉及多个部门");
        return letter;
    }

    static Letter assigned() {
        Letter letter = forwarded();
        letter.instruct(COUNTY_HEAD_LEADER, NOW, Assignment.to("housing", "power-supply"), "请住建局牵头，供电公司配合，尽快修复。");
        return letter;
    }

    static Letter inProgress() {
        Letter letter = assigned();
        letter.signFor(HOUSING_CLERK, NOW);
        return letter;
    }

    static Letter inProgressWithExtensionRequest() {
        Letter letter = inProgress();
        letter.requestExtension(HOUSING_CLERK, NOW, 3, "需等待供电公司更换线缆");
        return letter;
    }

    static Letter returned() {
        Letter letter = inProgress();
        letter.returnToDispatcher(HOUSING_CLERK, NOW, "路灯属供电公司产权，不属本局职责");
        return letter;
    }

    static Letter inReview() {
        Letter letter = inProgress();
        letter.submitReply(HOUSING_CLERK, NOW, "您好，路灯已于10月9日修复，感谢您的监督。");
        return letter;
    }

    static Letter answered() {
        Letter letter = inReview();
        letter.approveReply(HOUSING_HEAD, NOW, null);
        return letter;
    }

    static Letter answeredUnsatisfied() {
        Letter letter = answered();
        letter.rate(citizenOf(letter), NOW, Rating.UNSATISFIED, "只修了一个");
        return letter;
    }

    static Letter answeredAgainAfterReopening() {
        Letter letter = answeredUnsatisfied();
        letter.reopen(citizenOf(letter), NOW, "还有两个路灯不亮", CALENDAR);
        letter.submitReply(HOUSING_CLERK, NOW, "其余两个路灯已修复。");
        letter.approveReply(DISPATCHER, NOW, null);
        letter.rate(citizenOf(letter), NOW, Rating.UNSATISFIED, "修得太慢");
        return letter;
    }

    static Letter closed() {
        Letter letter = answered();
        letter.rate(citizenOf(letter), NOW, Rating.SATISFIED, null);
        return letter;
    }
}
