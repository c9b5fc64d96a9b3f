package io.zhengtong.mailbox.letter;

import java.util.Objects;

/**
 * What the citizen wrote, as submitted. Validation of lengths and formats happens at the web
 * boundary (bean validation with Chinese messages); the aggregate only refuses what would make
 * the letter meaningless.
 */
public record LetterContent(Mailbox mailbox, LetterType type, String subject, String body, Contact contact,
        boolean consentToPublish) {

    public LetterContent {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(type, "type");
        contact = contact == null ? Contact.anonymous() : contact;
    }
}
