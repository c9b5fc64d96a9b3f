package io.zhengtong.mailbox.attachment;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The files broke the rules; nothing was saved. The platform answers it as 422
 * {@code attachment-rejected} with one field error per problem ({@code errors}, as in validation),
 * which the website shows at its file field.
 */
public class AttachmentRejected extends DomainRuleViolation {

    /** One field error: {@code attachments} (the whole set) or {@code attachments[i]} (the i-th file, from 0). */
    public record Problem(String field, String message) {
    }

    public AttachmentRejected(List<Problem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "attachment-rejected", "附件不符合要求", "附件不符合要求，信件未提交，请修改后重试。",
                problems.stream().map(problem -> new FieldError(problem.field(), problem.message())).toList());
    }

    public List<Problem> problems() {
        return fieldErrors().stream().map(error -> new Problem(error.field(), error.message())).toList();
    }
}
