package io.zhengtong.mailbox.notification;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The notification texts, in Chinese. Each names only the letter (tracking code, mailbox, type,
 * dates) and never the writer, what they wrote, or the query password: an SMS may be read over a
 * shoulder, a unit's duty mailbox by several people. SMS texts stay within one message (70
 * characters in UCS-2) for the usual values ({@code TemplateTest}).
 */
public enum Template {

    /** The writer: the letter arrived. */
    RECEIVED(Audience.CITIZEN, "您的来信已收到",
            c -> "您写给" + c.mailboxName() + "的来信已收到，查询码" + c.trackingCode() + "，请凭查询码和密码查看办理进度。"),
    /** The mailbox's unit (its dispatchers): a new letter waits for acceptance. */
    NEW_LETTER(Audience.UNIT, "新来信待受理",
            c -> c.mailboxName() + "收到新来信（" + c.typeLabel() + "，查询码" + c.trackingCode() + "），请及时登录办公系统受理。"),
    /** The lead unit: the letter was assigned to it. */
    ASSIGNED(Audience.UNIT, "来信交办通知",
            c -> c.mailboxName() + "来信（" + c.typeLabel() + "，查询码" + c.trackingCode() + "）已交贵单位主办，请及时签收，于"
                    + day(c.dueDate()) + "前答复。"),
    /** An assisting unit. */
    ASSISTING(Audience.UNIT, "来信协办通知",
            c -> c.mailboxName() + "来信（" + c.typeLabel() + "，查询码" + c.trackingCode() + "）请贵单位协办，答复期限为"
                    + day(c.dueDate()) + "。"),
    /** The writer: a department handles the letter now. */
    HANDED_OVER(Audience.CITIZEN, "您的来信已交办",
            c -> "您的来信（查询码" + c.trackingCode() + "）已交由" + c.unitName() + "办理，将于" + day(c.dueDate()) + "前答复。"),
    /** The writer: the reply is released. */
    ANSWERED(Audience.CITIZEN, "您的来信已答复",
            c -> "您的来信（查询码" + c.trackingCode() + "）已于" + day(c.answeredOn()) + "答复，请凭查询码和密码查看。"),
    /**
     * The handling unit: the letter is overdue (and its card). Past the due date on a day off no
     * working day is overdue yet: "已超期0个工作日" would read as "not overdue", so it says the date.
     */
    OVERDUE(Audience.UNIT, "来信超期督办",
            c -> c.workingDaysOverdue() == null || c.workingDaysOverdue() <= 0
                    ? "贵单位办理的来信（查询码" + c.trackingCode() + "）已超过截止日期（" + day(c.dueDate()) + "），请尽快办理答复。"
                    : "贵单位办理的来信（查询码" + c.trackingCode() + "，期限" + day(c.dueDate()) + "）已超期"
                            + c.workingDaysOverdue() + "个工作日" + card(c.card()) + "，请尽快办理答复。"),
    /** The handling unit: the due date is near, the letter has no answer yet. */
    DUE_SOON(Audience.UNIT, "来信即将到期",
            c -> "贵单位办理的来信（查询码" + c.trackingCode() + "）将于" + day(c.dueDate()) + "到期，请抓紧办理，按时答复。"),
    /** The writer: the letter was rejected as invalid (不予受理), with the reason (shortened in the SMS to fit one message). */
    REJECTED(Audience.CITIZEN, "您的来信不予受理",
            c -> "您写给" + c.mailboxName() + "的来信（查询码" + c.trackingCode() + "）经审查不予受理，理由："
                    + (c.reason() == null || c.reason().isBlank() ? "请凭查询码和密码查看" : withoutFullStop(c.reason())) + "。",
            c -> fitted("您的来信（查询码" + c.trackingCode() + "）不予受理，理由：", c.reason(), "请凭查询码和密码查看", "。", c)),
    /** The writer: the letter was merged with another on the same matter; its page shows that letter's handling. */
    MERGED(Audience.CITIZEN, "您的来信已合并办理",
            c -> "您的来信（查询码" + c.trackingCode() + "）与同一事项的其他来信合并办理，请凭查询码和密码查看办理进度和答复。"),
    /** The writer of a merged letter: the letter it was merged with is answered, and that reply answers theirs. */
    MERGED_ANSWERED(Audience.CITIZEN, "您反映的事项已答复",
            c -> "您的来信（查询码" + c.trackingCode() + "）合并办理的事项已于" + day(c.answeredOn()) + "答复，请凭查询码和密码查看。"),
    /** The leader a letter was forwarded to: it waits for their instruction (批办). */
    FORWARDED_TO_LEADER(Audience.LEADER, "来信呈送批办",
            c -> c.mailboxName() + "来信（" + c.typeLabel() + "，查询码" + c.trackingCode() + "）已呈送您批办，请及时登录办公系统批示。"),
    /** That leader: the letter was taken back from them (撤回/改派), with the reason (shortened in the SMS). */
    WITHDRAWN_FROM_LEADER(Audience.LEADER, "来信已撤回批办",
            c -> "呈送您批办的" + c.mailboxName() + "来信（查询码" + c.trackingCode() + "）已撤回，无需再批办，理由："
                    + (c.reason() == null || c.reason().isBlank() ? "请登录办公系统查看" : withoutFullStop(c.reason())) + "。",
            c -> fitted("呈送您批办的来信（查询码" + c.trackingCode() + "）已撤回，理由：", c.reason(), "请登录办公系统查看", "。", c)),
    /** The lead unit: an assisting unit (named) wrote its opinion (协办意见), to be read in the OA. */
    ASSISTING_OPINION(Audience.UNIT, "协办意见已提交",
            c -> c.unitName() + "已就贵单位主办的来信（查询码" + c.trackingCode() + "）提交协办意见，请登录办公系统查看。");

    /** One Chinese text message in UCS-2. */
    static final int SMS_LENGTH = 70;

    private final Audience audience;
    private final String subject;
    private final Function<Context, String> body;
    private final Function<Context, String> smsBody;

    Template(Audience audience, String subject, Function<Context, String> body) {
        this(audience, subject, body, body);
    }

    /** With a shorter SMS than the e-mail's text (one that carries free text, such as a reason). */
    Template(Audience audience, String subject, Function<Context, String> body, Function<Context, String> smsBody) {
        this.audience = audience;
        this.subject = subject;
        this.body = body;
        this.smsBody = smsBody;
    }

    /**
     * What a template may say about a letter; nothing about its writer. {@code reason}: the
     * dispatcher's reason for a rejection or a withdrawal from the leader (staff's words, not the
     * writer's); {@code unitName}: the handling unit for the writer, the assisting unit for the lead unit.
     */
    public record Context(String signature, String trackingCode, String mailboxName, String typeLabel, LocalDate dueDate,
            String unitName, LocalDate answeredOn, Integer workingDaysOverdue, String card, String reason) {

        public Context(String signature, String trackingCode, String mailboxName, String typeLabel, LocalDate dueDate,
                String unitName, LocalDate answeredOn, Integer workingDaysOverdue, String card) {
            this(signature, trackingCode, mailboxName, typeLabel, dueDate, unitName, answeredOn, workingDaysOverdue, card, null);
        }

        Context withUnitName(String newUnitName) {
            return new Context(signature, trackingCode, mailboxName, typeLabel, dueDate, newUnitName, answeredOn,
                    workingDaysOverdue, card, reason);
        }

        Context withReason(String newReason) {
            return new Context(signature, trackingCode, mailboxName, typeLabel, dueDate, unitName, answeredOn,
                    workingDaysOverdue, card, newReason);
        }
    }

    public Audience audience() {
        return audience;
    }

    /** The SMS: signature in 【】, then the text. */
    public String sms(Context context) {
        return "【" + context.signature() + "】" + smsBody.apply(context);
    }

    public String emailSubject(Context context) {
        return "【" + context.signature() + "】" + subject;
    }

    public String emailBody(Context context) {
        String greeting = audience == Audience.CITIZEN ? "您好！" : "您好：";
        return greeting + "\n\n" + body.apply(context) + "\n\n此邮件由系统自动发送，请勿直接回复。\n" + context.signature() + "\n";
    }

    /**
     * {@code head}, then {@code text} cut with "…" so the whole SMS (signature included) stays one
     * message, then {@code tail}; without text, {@code missing} (where to read it). The letter's page has it in full.
     */
    private static String fitted(String head, String text, String missing, String tail, Context c) {
        if (text == null || text.isBlank()) {
            return head + missing + tail;
        }
        String flat = withoutFullStop(text.replaceAll("\\s+", " "));
        int room = SMS_LENGTH - ("【" + c.signature() + "】" + head + tail).length();
        if (flat.length() > room) {
            flat = room <= 1 ? "…" : flat.substring(0, room - 1) + "…";
        }
        return head + flat + tail;
    }

    /** The reason as the middle of a sentence: the template adds its own full stop. */
    private static String withoutFullStop(String text) {
        return text.strip().replaceAll("[。.！!；;，,\\s]+$", "");
    }

    private static String day(LocalDate date) {
        return date == null ? "规定期限" : date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String card(String card) {
        return switch (card == null ? "" : card) {
            case "YELLOW" -> "，黄牌警告";
            case "RED" -> "，红牌督办";
            default -> "";
        };
    }
}
