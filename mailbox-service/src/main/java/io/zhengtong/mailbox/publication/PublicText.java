package io.zhengtong.mailbox.publication;

import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.privacy.IdNumbers;
import io.zhengtong.mailbox.privacy.Masking;
import io.zhengtong.mailbox.privacy.PhoneNumbers;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * A letter as the website may show it (选登): the writer's name masked ({@code 张**}), and in the
 * subject, content and reply every phone number, ID number and e-mail address masked, plus the
 * writer's own name, phone, e-mail and ID number wherever they were typed (a landline or a name
 * written without separators is caught that way even where no pattern finds it). Plain Java.
 *
 * @param writer the masked name, {@code 匿名} for an anonymous letter
 * @param submittedOn the day of receipt (Asia/Shanghai)
 * @param repliedOn the day the reply was released to the citizen (Asia/Shanghai)
 */
public record PublicText(String subject, String content, String reply, String writer, LocalDate submittedOn,
        LocalDate repliedOn) {

    static final String ANONYMOUS = "匿名";

    /** The public text of an answered letter; {@code reply} and the answer's time must be there. */
    public static PublicText of(Letter letter) {
        Contact contact = letter.content().contact();
        String writer = contact.name() == null || contact.name().isBlank() ? ANONYMOUS : Masking.name(contact.name());
        return new PublicText(mask(letter.content().subject(), contact), mask(letter.content().body(), contact),
                mask(letter.replyText().orElse(""), contact), writer, letter.receivedOn(),
                letter.answeredAt().map(WorkingDayCalendar::dateOf).orElse(null));
    }

    /** Free text with personal data masked: first what the writer told us about themselves, then any pattern. */
    static String mask(String text, Contact contact) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String masked = text;
        masked = replaceLiteral(masked, contact.idNumber() == null ? null : IdNumbers.normalise(contact.idNumber()),
                Masking.idNumber(contact.idNumber()));
        masked = replaceLiteral(masked, contact.idNumber(), Masking.idNumber(contact.idNumber()));
        if (contact.phone() != null && !contact.phone().isBlank()) {
            masked = replaceLiteral(masked, contact.phone().strip(), Masking.phone(contact.phone()));
            masked = replaceLiteral(masked, PhoneNumbers.normaliseMobile(contact.phone()), Masking.phone(contact.phone()));
        }
        masked = replaceLiteral(masked, contact.email(), Masking.email(contact.email()));
        masked = Masking.text(masked);
        // Names last: a one-character name would mask every occurrence of a common character.
        String name = contact.name() == null ? null : contact.name().strip();
        if (name != null && name.codePointCount(0, name.length()) >= 2) {
            masked = masked.replace(name, Masking.name(name));
        }
        return masked;
    }

    private static String replaceLiteral(String text, String value, String replacement) {
        if (value == null || value.isBlank() || value.strip().length() < 5) {
            return text;
        }
        return text.replace(value.strip(), replacement);
    }
}
