package io.zhengtong.mailbox.publication;

import java.time.LocalDate;

/**
 * A published letter as the website shows it (选登), personal data masked everywhere. The public
 * contract of {@code GET /api/mailbox/public/published[/{id}]}.
 *
 * @param type {@code CONSULTATION}, {@code COMPLAINT}, ...
 * @param mailbox the mailbox's name, e.g. 县长信箱
 * @param unitName the unit that answered (the lead unit), or the mailbox's unit
 */
public record PublishedLetter(String id, String subject, String content, String type, String typeLabel, String mailbox,
        String writer, LocalDate submittedOn, String reply, LocalDate repliedOn, String unitName) {
}
