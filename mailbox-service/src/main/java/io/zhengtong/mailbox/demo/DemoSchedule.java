package io.zhengtong.mailbox.demo;

import io.zhengtong.mailbox.letter.Rating;
import java.time.Duration;

/**
 * When a demo letter was written and how far its handling got: the older ones answered (some late,
 * some after an extension, most rated), the last few weeks' still in hand (some of them overdue by
 * now), the newest not yet accepted.
 *
 * @param age how long ago the letter was written
 * @param rating the citizen's rating, {@code null} when they did not rate
 * @param published whether the dispatcher publishes it (if it has consent and a satisfied writer)
 */
record DemoSchedule(Duration age, Outcome outcome, boolean extended, boolean late, Rating rating, boolean published) {

    /** How far the letter's handling got. */
    enum Outcome {
        NEW, WAITING, IN_HAND, IN_REVIEW, ANSWERED
    }

    private static final int RECENT = 8;
    private static final int[] RECENT_AGE_DAYS = { 20, 17, 15, 12, 10, 7, 4, 1 };
    private static final Outcome[] RECENT_OUTCOMES = { Outcome.ANSWERED, Outcome.IN_HAND, Outcome.IN_HAND,
            Outcome.ANSWERED, Outcome.IN_HAND, Outcome.IN_REVIEW, Outcome.WAITING, Outcome.NEW };

    static DemoSchedule of(int index, int count) {
        Duration jitter = Duration.ofHours(index * 37L % 10).plusMinutes(index * 13L % 60);
        int older = count - RECENT;
        if (index < older) {
            // Spread from six months ago to about three weeks ago.
            Duration age = Duration.ofDays(180 - (long) index * 155 / older).plus(jitter);
            boolean late = index % 6 == 4;
            return new DemoSchedule(age, Outcome.ANSWERED, !late && index % 9 == 2, late, rating(index), index % 3 != 2);
        }
        int recent = index - older;
        return new DemoSchedule(Duration.ofDays(RECENT_AGE_DAYS[recent]).plus(jitter), RECENT_OUTCOMES[recent], false, false,
                recent == 0 ? Rating.SATISFIED : null, false);
    }

    private static Rating rating(int index) {
        if (index % 10 == 9) {
            return null;
        }
        if (index % 10 == 4) {
            return Rating.UNSATISFIED;
        }
        return index % 5 == 3 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED;
    }
}
