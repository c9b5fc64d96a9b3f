package io.zhengtong.mailbox.attachment;

import java.util.List;

/** The files broke the rules; nothing was saved. Answered as 422 with one field error per problem. */
public class AttachmentRejected extends RuntimeException {

    /** One field error: {@code attachments} (the whole set) or {@code attachments[i]} (the i-th file, from 0). */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public AttachmentRejected(List<Problem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
