package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.notification.NotificationProperties.UnitContact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is told what for each occasion: pure logic, so every rule is a fast test.
 * <ul>
 * <li>submitted: the writer (received, with the tracking code) and the mailbox's unit (a new letter to accept);</li>
 * <li>assigned / instructed: the lead unit (主办), each assisting unit (协办), and the writer (which unit handles it, by when);</li>
 * <li>replied: the writer (the reply can be read);</li>
 * <li>overdue, due soon: the unit responsible (the event's {@code unitCode}, else the lead unit, else the mailbox's unit).</li>
 * </ul>
 * The writer gets an SMS if they left a phone number and an e-mail if they left an address:
 * an anonymous letter, or one without contact, gets nothing. A unit gets what its configured
 * contact lists.
 */
public final class NotificationPlan {

    /** What the mailbox knows about the letter besides the event: its code and names, the writer's contact. */
    public record Letter(String trackingCode, String mailboxName, String typeLabel, String phone, String email,
            String rejectionReason) {

        public Letter(String trackingCode, String mailboxName, String typeLabel, String phone, String email) {
            this(trackingCode, mailboxName, typeLabel, phone, email, null);
        }

        @Override
        public String toString() {
            return "Letter[" + trackingCode + "]";
        }
    }

    private final String signature;
    private final Function<String, UnitContact> unitContacts;
    private final Function<String, String> unitNames;

    public NotificationPlan(String signature, Function<String, UnitContact> unitContacts, Function<String, String> unitNames) {
        this.signature = signature;
        this.unitContacts = unitContacts;
        this.unitNames = unitNames;
    }

    public List<Notice> notices(Occasion occasion, LetterEventData event, Letter letter, LocalDate answeredOn) {
        LetterEventData.Facts facts = event.letter();
        LocalDate due = event.dueDate() != null ? event.dueDate() : facts.dueDate();
        List<Notice> notices = new ArrayList<>();
        switch (occasion) {
            case SUBMITTED -> {
                toCitizen(notices, Template.RECEIVED, letter, context(letter, due, null, null, event));
                toUnit(notices, Template.NEW_LETTER, facts.mailboxUnit(), context(letter, due, null, null, event));
            }
            case ASSIGNED, INSTRUCTED -> {
                toUnit(notices, Template.ASSIGNED, facts.leadUnit(), context(letter, due, null, null, event));
                Set<String> assisting = new LinkedHashSet<>(facts.assistingUnits());
                assisting.remove(facts.leadUnit());
                for (String unit : assisting) {
                    toUnit(notices, Template.ASSISTING, unit, context(letter, due, null, null, event));
                }
                if (facts.leadUnit() != null) {
                    toCitizen(notices, Template.HANDED_OVER, letter,
                            context(letter, due, unitNames.apply(facts.leadUnit()), null, event));
                }
            }
            case REPLIED -> toCitizen(notices, Template.ANSWERED, letter, context(letter, due, null, answeredOn, event));
            case OVERDUE -> toUnit(notices, Template.OVERDUE, responsibleUnit(event), context(letter, due, null, null, event));
            case DUE_SOON -> toUnit(notices, Template.DUE_SOON, responsibleUnit(event), context(letter, due, null, null, event));
            case REJECTED -> toCitizen(notices, Template.REJECTED, letter, context(letter, due, null, null, event)
                .withReason(letter.rejectionReason()));
            case MERGED -> toCitizen(notices, Template.MERGED, letter, context(letter, due, null, null, event));
        }
        return notices;
    }

    /**
     * The writers of the letters merged into the event's letter: when it is answered (replied),
     * each hears that the matter they wrote about is answered, under their own tracking code
     * (recipient {@code duplicate:<tracking code>}, one notice per writer and channel). Nothing on
     * other occasions: the duplicate's own page follows the original's progress.
     */
    public List<Notice> toDuplicates(Occasion occasion, LetterEventData event, List<Letter> duplicates, LocalDate answeredOn) {
        List<Notice> notices = new ArrayList<>();
        if (occasion == Occasion.REPLIED) {
            for (Letter duplicate : duplicates) {
                add(notices, Audience.CITIZEN, "duplicate:" + duplicate.trackingCode(), Template.MERGED_ANSWERED,
                        context(duplicate, null, null, answeredOn, event), duplicate.phone(), duplicate.email());
            }
        }
        return notices;
    }

    /**
     * Whether the occasion would tell anyone, judged from the event alone (the writer counts if the
     * event says they left a phone or an e-mail): when not, the letter need not be read. The same
     * rules as {@link #notices} decide, for a stand-in letter. A reply always may: only the letter
     * knows the letters merged into it, whose writers hear of it ({@link #toDuplicates}).
     */
    public boolean reachesAnyone(Occasion occasion, LetterEventData event) {
        if (occasion == Occasion.REPLIED) {
            return true;
        }
        String contact = event.letter().writerReachable() ? "stand-in" : null;
        return !notices(occasion, event, new Letter("", "", "", contact, contact), null).isEmpty();
    }

    /** The unit a supervision event names, else the lead unit, else the mailbox's unit. */
    private static String responsibleUnit(LetterEventData event) {
        return firstOf(event.unitCode(), event.letter().leadUnit(), event.letter().mailboxUnit());
    }

    private Template.Context context(Letter letter, LocalDate due, String unitName, LocalDate answeredOn, LetterEventData event) {
        return new Template.Context(signature, letter.trackingCode(), letter.mailboxName(), letter.typeLabel(), due, unitName,
                answeredOn, event.workingDaysOverdue(), event.card());
    }

    private static void toCitizen(List<Notice> notices, Template template, Letter letter, Template.Context context) {
        add(notices, Audience.CITIZEN, "citizen", template, context, letter.phone(), letter.email());
    }

    private void toUnit(List<Notice> notices, Template template, String unit, Template.Context context) {
        UnitContact contact = unitContacts.apply(unit);
        if (contact != null) {
            add(notices, Audience.UNIT, unit, template, context, contact.phone(), contact.email());
        }
    }

    private static void add(List<Notice> notices, Audience audience, String ref, Template template, Template.Context context,
            String phone, String email) {
        if (present(phone)) {
            notices.add(new Notice(audience, ref, Channel.SMS, phone.strip(), template, null, template.sms(context)));
        }
        if (present(email)) {
            notices.add(new Notice(audience, ref, Channel.EMAIL, email.strip(), template, template.emailSubject(context),
                    template.emailBody(context)));
        }
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (present(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
