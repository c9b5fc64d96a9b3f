package io.zhengtong.mailbox.notification;

/**
 * The letter events that notify someone, by their public type name (service README, Events). The
 * name is stored in {@code letter_notification.occasion} (at most 20 characters): add constants,
 * never rename or reorder them.
 */
public enum Occasion {

    SUBMITTED("zhengtong.mailbox.letter.submitted.v1"),
    ASSIGNED("zhengtong.mailbox.letter.assigned.v1"),
    INSTRUCTED("zhengtong.mailbox.letter.instructed.v1"),
    /** The reply was approved: only now does the citizen see it (reply-submitted is the draft). */
    REPLIED("zhengtong.mailbox.letter.replied.v1"),
    OVERDUE("zhengtong.mailbox.letter.overdue.v1"),
    /** The due date is near (the supervision job, once per due date). */
    DUE_SOON("zhengtong.mailbox.letter.due-soon.v1"),
    /** The dispatcher rejected the letter as invalid (不予受理): the writer hears why. */
    REJECTED("zhengtong.mailbox.letter.rejected.v1"),
    /** The letter was merged into another on the same matter: the writer follows that one now. */
    MERGED("zhengtong.mailbox.letter.merged.v1"),
    /** The dispatcher forwarded the letter to a leader for instruction (批办): the leader hears it waits for them. */
    FORWARDED("zhengtong.mailbox.letter.forwarded.v1"),
    /** The dispatcher or a supervisor took the letter back from its leader (撤回/改派): the leader hears why. */
    WITHDRAWN("zhengtong.mailbox.letter.withdrawn-from-leader.v1"),
    /** An assisting unit (协办) wrote its opinion: the lead unit hears it may read it. */
    ASSISTING_OPINION("zhengtong.mailbox.letter.assisting-opinion-recorded.v1");

    private final String eventType;

    Occasion(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
