package io.zhengtong.mailbox.letter;

/** Every step that can happen to a letter, as it appears in its history. */
public enum LetterAction {

    SUBMIT("提交来信"),
    ACCEPT("受理"),
    REJECT_INVALID("不予受理"),
    MERGE("合并重复来信"),
    ABSORB_DUPLICATE("并入重复来信"),
    FORWARD_TO_LEADER("呈送领导批办"),
    ASSIGN("直接交办"),
    INSTRUCT("领导批办"),
    WITHDRAW_FROM_LEADER("撤回领导批办"),
    SIGN_FOR("签收"),
    RETURN("退回"),
    REQUEST_EXTENSION("申请延期"),
    GRANT_EXTENSION("同意延期"),
    REFUSE_EXTENSION("不同意延期"),
    SUBMIT_REPLY("提交答复"),
    APPROVE_REPLY("审核通过答复"),
    SEND_BACK_REPLY("退回答复修改"),
    RATE("评价"),
    REOPEN("申请重新办理"),
    CLOSE("办结"),
    RECOMPUTE_DEADLINE("重新计算截止日期"),
    OVERDUE_REMINDER("超期自动提醒"),
    ASSISTING_OPINION("填写协办意见");

    private final String label;

    LetterAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
