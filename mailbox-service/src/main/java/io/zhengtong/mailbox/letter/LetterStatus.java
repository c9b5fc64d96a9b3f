package io.zhengtong.mailbox.letter;

/**
 * Where a letter stands in the five-step handling (专人送阅 → 领导批办 → 部门承办 → 跟踪督察 → 考核).
 * The labels are what citizens and clerks read.
 */
public enum LetterStatus {

    SUBMITTED("待受理"),
    ACCEPTED("已受理，待分办"),
    REJECTED_INVALID("不予受理"),
    MERGED("重复来信，已合并办理"),
    FORWARDED_TO_LEADER("待领导批办"),
    ASSIGNED("已交办，待签收"),
    IN_PROGRESS("办理中"),
    RETURNED("已退回，待重新分办"),
    REPLY_IN_REVIEW("答复审核中"),
    ANSWERED("已答复"),
    CLOSED("已办结");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No further transition leaves this state. */
    public boolean isFinal() {
        return this == REJECTED_INVALID || this == MERGED || this == CLOSED;
    }

    /**
     * The clock runs: from receipt (a letter no dispatcher has opened yet is waiting too, and its
     * mailbox's unit answers for it) until the citizen sees an answer. A letter under review still
     * counts, because the citizen has not seen an answer yet. Rejected and merged letters never do.
     */
    public boolean isAwaitingAnswer() {
        return switch (this) {
            case SUBMITTED, ACCEPTED, FORWARDED_TO_LEADER, ASSIGNED, IN_PROGRESS, RETURNED, REPLY_IN_REVIEW -> true;
            default -> false;
        };
    }
}
