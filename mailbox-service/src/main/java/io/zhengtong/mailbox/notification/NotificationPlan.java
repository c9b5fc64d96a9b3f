package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.notification.NotificationProperties.UnitContact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Who is told what for each occasion: pure logic, so every rule is a fast test. First from the
 * event alone ({@link #recipients}), then with the letter ({@link #notices}).
 * <ul>
 * <li>submitted: the writer (received, with the tracking code) and the mailbox's unit (its dispatchers: a new letter to accept);</li>
 * <li>assigned / instructed: the lead unit (主办), each assisting unit (协办) (their staff and leaders), and the writer (which unit handles it, by when);</li>
 * <li>replied: the writer (the reply can be read);</li>
 * <li>overdue, due soon: the unit responsible (the event's {@code unitCode}, else the lead unit, else the mailbox's
 * unit): its staff and leaders when it is the lead unit, its dispatchers while the letter is still with them;</li>
 * <li>forwarded: the leader it was forwarded to; withdrawn from the leader: that leader, with the reason;</li>
 * <li>assisting opinion recorded: the lead unit (its staff and leaders), naming the assisting unit.</li>
 * </ul>
 * The writer gets an SMS if they left a phone number and an e-mail if they left an address:
 * an anonymous letter, or one without contact, gets nothing. A unit gets what its configured
 * contact lists ({@code zhengtong.mailbox.notifications.units}, which replaces the directory for
 * that unit); else, with a directory, one notice per channel whose people are looked up when it is
 * due ({@link Lookup}). A leader is always looked up.
 */
public final class NotificationPlan {

    /**
     * What the mailbox knows about the letter besides the event: its code and names, the writer's
     * contact, the dispatcher's reasons; {@code formerLeader}: the leader it was taken back from
     * (the event's, or for an older event the one its forwarded notice reached).
     */
    public record Letter(String trackingCode, String mailboxName, String typeLabel, String phone, String email,
            String rejectionReason, String formerLeader, String withdrawalReason) {

        public Letter(String trackingCode, String mailboxName, String typeLabel, String phone, String email,
                String rejectionReason) {
            this(trackingCode, mailboxName, typeLabel, phone, email, rejectionReason, null, null);
        }

        public Letter(String trackingCode, String mailboxName, String typeLabel, String phone, String email) {
            this(trackingCode, mailboxName, typeLabel, phone, email, null);
        }

        @Override
        public String toString() {
            return "Letter[" + trackingCode + "]";
        }
    }

    /**
     * Someone an occasion tells, as the event alone says: the writer ({@code code} null), a unit
     * (its code, and the roles of its people to tell when none is configured), or a leader (their
     * username; {@code null}: the leader the letter was taken back from, when an older event does
     * not name them and only the mailbox knows).
     */
    public record Recipient(Audience audience, Template template, String code, List<String> roles) {
    }

    private final String signature;
    private final Function<String, UnitContact> unitContacts;
    private final Function<String, String> unitNames;
    private final boolean directory;

    /** Units are told only at their configured contact. */
    public NotificationPlan(String signature, Function<String, UnitContact> unitContacts, Function<String, String> unitNames) {
        this(signature, unitContacts, unitNames, false);
    }

    /** {@code directory}: a unit without configured contact, and a leader, are looked up in the organisation directory. */
    public NotificationPlan(String signature, Function<String, UnitContact> unitContacts, Function<String, String> unitNames,
            boolean directory) {
        this.signature = signature;
        this.unitContacts = unitContacts;
        this.unitNames = unitNames;
        this.directory = directory;
    }

    /** Whom the occasion tells, from the event alone (the writer counts if the event says they left a phone or an e-mail). */
    public List<Recipient> recipients(Occasion occasion, LetterEventData event) {
        LetterEventData.Facts facts = event.letter();
        boolean writer = facts.writerReachable();
        List<Recipient> recipients = new ArrayList<>();
        switch (occasion) {
            case SUBMITTED -> {
                citizen(recipients, writer, Template.RECEIVED);
                unit(recipients, Template.NEW_LETTER, facts.mailboxUnit(), Lookup.DISPATCHERS);
            }
            case ASSIGNED, INSTRUCTED -> {
                unit(recipients, Template.ASSIGNED, facts.leadUnit(), Lookup.HANDLERS);
                Set<String> assisting = new LinkedHashSet<>(facts.assistingUnits());
                assisting.remove(facts.leadUnit());
                for (String unit : assisting) {
                    unit(recipients, Template.ASSISTING, unit, Lookup.HANDLERS);
                }
                citizen(recipients, writer && facts.leadUnit() != null, Template.HANDED_OVER);
            }
            case REPLIED -> citizen(recipients, writer, Template.ANSWERED);
            case OVERDUE -> unit(recipients, Template.OVERDUE, responsibleUnit(event), responsibleRoles(event));
            case DUE_SOON -> unit(recipients, Template.DUE_SOON, responsibleUnit(event), responsibleRoles(event));
            case REJECTED -> citizen(recipients, writer, Template.REJECTED);
            case MERGED -> citizen(recipients, writer, Template.MERGED);
            case FORWARDED -> {
                if (directory && present(facts.designatedLeader())) {
                    recipients.add(new Recipient(Audience.LEADER, Template.FORWARDED_TO_LEADER, facts.designatedLeader(), List.of()));
                }
            }
            case WITHDRAWN -> {
                if (directory) {
                    recipients.add(new Recipient(Audience.LEADER, Template.WITHDRAWN_FROM_LEADER,
                            present(event.leader()) ? event.leader() : null, List.of()));
                }
            }
            case ASSISTING_OPINION -> unit(recipients, Template.ASSISTING_OPINION, facts.leadUnit(), Lookup.HANDLERS);
        }
        return recipients;
    }

    public List<Notice> notices(Occasion occasion, LetterEventData event, Letter letter, LocalDate answeredOn) {
        LetterEventData.Facts facts = event.letter();
        LocalDate due = event.dueDate() != null ? event.dueDate() : facts.dueDate();
        Template.Context context = new Template.Context(signature, letter.trackingCode(), letter.mailboxName(),
                letter.typeLabel(), due, null, answeredOn, event.workingDaysOverdue(), event.card());
        List<Notice> notices = new ArrayList<>();
        for (Recipient recipient : recipients(occasion, event)) {
            Template template = recipient.template();
            switch (recipient.audience()) {
                case CITIZEN -> add(notices, Audience.CITIZEN, "citizen", template, switch (template) {
                    case HANDED_OVER -> context.withUnitName(nameOr(facts.leadUnit(), "承办单位"));
                    case REJECTED -> context.withReason(letter.rejectionReason());
                    default -> context;
                }, letter.phone(), letter.email());
                case UNIT -> toUnit(notices, recipient, template == Template.ASSISTING_OPINION
                        ? context.withUnitName(nameOr(event.actingUnit(), "协办单位")) : context);
                case LEADER -> {
                    String leader = recipient.code() != null ? recipient.code() : letter.formerLeader();
                    if (present(leader)) {
                        lookUp(notices, Audience.LEADER, "leader", template, Lookup.person(leader),
                                context.withReason(letter.withdrawalReason()));
                    }
                }
            }
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
     * Whether the occasion would tell anyone, judged from the event alone ({@link #recipients}): when
     * not, the letter need not be read. A reply always may: only the letter knows the letters
     * merged into it, whose writers hear of it ({@link #toDuplicates}).
     */
    public boolean reachesAnyone(Occasion occasion, LetterEventData event) {
        return occasion == Occasion.REPLIED || !recipients(occasion, event).isEmpty();
    }

    /** The unit a supervision event names, else the lead unit, else the mailbox's unit. */
    private static String responsibleUnit(LetterEventData event) {
        return firstOf(event.unitCode(), event.letter().leadUnit(), event.letter().mailboxUnit());
    }

    /** The lead unit's handlers; the mailbox's dispatchers while the letter is still with them (no lead unit). */
    private static List<String> responsibleRoles(LetterEventData event) {
        String unit = responsibleUnit(event);
        return unit != null && unit.equals(event.letter().leadUnit()) ? Lookup.HANDLERS : Lookup.DISPATCHERS;
    }

    private static void citizen(List<Recipient> recipients, boolean reachable, Template template) {
        if (reachable) {
            recipients.add(new Recipient(Audience.CITIZEN, template, null, List.of()));
        }
    }

    /** A unit is told when it has a configured address, or when the directory can name its people. */
    private void unit(List<Recipient> recipients, Template template, String unit, List<String> roles) {
        if (!present(unit)) {
            return;
        }
        UnitContact contact = unitContacts.apply(unit);
        if (contact != null ? present(contact.phone()) || present(contact.email()) : directory) {
            recipients.add(new Recipient(Audience.UNIT, template, unit, roles));
        }
    }

    /** The configured contact replaces the directory for that unit. */
    private void toUnit(List<Notice> notices, Recipient unit, Template.Context context) {
        UnitContact contact = unitContacts.apply(unit.code());
        if (contact != null) {
            add(notices, Audience.UNIT, unit.code(), unit.template(), context, contact.phone(), contact.email());
        } else {
            lookUp(notices, Audience.UNIT, unit.code(), unit.template(), Lookup.unit(unit.code(), unit.roles()), context);
        }
    }

    /** One notice per channel, its people found in the directory when it is due. */
    private static void lookUp(List<Notice> notices, Audience audience, String ref, Template template, Lookup lookup,
            Template.Context context) {
        notices.add(new Notice(audience, ref, Channel.SMS, null, template, null, template.sms(context), lookup.spec()));
        notices.add(new Notice(audience, ref, Channel.EMAIL, null, template, template.emailSubject(context),
                template.emailBody(context), lookup.spec()));
    }

    private Template.Context context(Letter letter, LocalDate due, String unitName, LocalDate answeredOn, LetterEventData event) {
        return new Template.Context(signature, letter.trackingCode(), letter.mailboxName(), letter.typeLabel(), due, unitName,
                answeredOn, event.workingDaysOverdue(), event.card());
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

    /** The unit's full name; {@code fallback} when the directory does not know it (or is unavailable). */
    private String nameOr(String code, String fallback) {
        String name = code == null ? null : unitNames.apply(code);
        return present(name) ? name : fallback;
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
