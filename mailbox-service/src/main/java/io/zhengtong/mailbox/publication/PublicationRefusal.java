package io.zhengtong.mailbox.publication;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.function.Function;
import org.springframework.http.HttpStatus;

/**
 * Why 选登 refuses a step: each reason once, with the problem the endpoints answer and the Chinese
 * message, so the letter's detail ({@link PublishStanding}) and the 409/403 say the same words.
 */
public enum PublicationRefusal {

    /** Not a dispatcher at all. */
    NOT_DISPATCHER(HttpStatus.FORBIDDEN, "letter-role-not-allowed", "无权办理此信件",
            letter -> "信件选登只能由" + Role.DISPATCHER.label() + "办理。"),
    /** A dispatcher, but of another mailbox's unit. */
    OTHER_MAILBOX(HttpStatus.FORBIDDEN, "letter-other-unit", "无权办理此信件",
            letter -> "此信件属于「" + letter.mailbox().name() + "」，只能由该信箱所属单位的分办员选登。"),
    /** The writer did not consent: never publishable, so it is told before "not answered yet". */
    NO_CONSENT(HttpStatus.CONFLICT, "letter-publication-no-consent", "信件不能选登",
            letter -> "来信人未同意公开此信件，不能选登。"),
    NOT_ANSWERED(HttpStatus.CONFLICT, "letter-publication-not-answered", "信件不能选登",
            letter -> "只有已答复的信件才能选登，此信件当前状态为「" + letter.status().label() + "」。"),
    ALREADY_PUBLISHED(HttpStatus.CONFLICT, "letter-already-published", "信件已选登",
            letter -> "此信件已在网站选登，无需重复发布。"),
    NOT_PUBLISHED(HttpStatus.CONFLICT, "letter-not-published", "信件未选登",
            letter -> "此信件没有在网站选登，无需撤下。");

    private final HttpStatus status;
    private final String problemCode;
    private final String title;
    private final Function<Letter, String> message;

    PublicationRefusal(HttpStatus status, String problemCode, String title, Function<Letter, String> message) {
        this.status = status;
        this.problemCode = problemCode;
        this.title = title;
        this.message = message;
    }

    /** The problem type's code the endpoint answers ({@code urn:zhengtong:problem:<code>}). */
    public String problemCode() {
        return problemCode;
    }

    public String message(Letter letter) {
        return message.apply(letter);
    }

    /** Whether the caller could take 选登 steps on the letter at all: then the reason is theirs to read. */
    public boolean concernsTheDispatcher() {
        return status != HttpStatus.FORBIDDEN;
    }

    public DomainRuleViolation problem(Letter letter) {
        return new DomainRuleViolation(status, problemCode, title, message(letter));
    }
}
