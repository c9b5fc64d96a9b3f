package io.zhengtong.mailbox.publication;

import io.zhengtong.mailbox.letter.Letter;

/**
 * Whether the mailbox's dispatcher may publish the letter now (选登), and if not why: the letter
 * detail's {@code publication}, so the OA shows the card disabled with the reason instead of hiding it.
 *
 * @param reason {@code null} when allowed, else a {@link PublicationRefusal} name, e.g. {@code NO_CONSENT}
 * @param message the Chinese sentence the publish endpoint's problem carries for the same case
 */
public record PublishStanding(boolean allowed, String reason, String message) {

    static final PublishStanding ALLOWED = new PublishStanding(true, null, null);

    static PublishStanding refused(PublicationRefusal refusal, Letter letter) {
        return new PublishStanding(false, refusal.name(), refusal.message(letter));
    }
}
