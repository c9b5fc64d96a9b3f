package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.privacy.Masking;

/**
 * One message to one address. {@code recipientRef} says who it is for without the address
 * ({@code citizen}, the unit's code, {@code <unit>/<username>} for one of a unit's people found in
 * the directory, {@code leader} / {@code leader/<username>}): with the event id and channel it
 * identifies the notification, so a redelivered event finds what was already sent.
 *
 * <p>A notice with a {@code lookup} has no address yet: whom it is for is read from the
 * organisation directory when it is due ({@link Lookup}), and it becomes one notice per person.
 */
public record Notice(Audience audience, String recipientRef, Channel channel, String address, Template template,
        String subject, String text, String lookup) {

    public Notice(Audience audience, String recipientRef, Channel channel, String address, Template template, String subject,
            String text) {
        this(audience, recipientRef, channel, address, template, subject, text, null);
    }

    /** The same text for one person the lookup found. */
    Notice toPerson(String username, String personalAddress) {
        return new Notice(audience, Lookup.personRef(recipientRef, username), channel, personalAddress, template, subject, text);
    }

    /** The address as the notification log keeps it; for a lookup, whom it looks for. */
    public String maskedAddress() {
        if (lookup != null) {
            return Lookup.describe(lookup);
        }
        return channel == Channel.SMS ? Masking.phone(address) : Masking.email(address);
    }

    @Override
    public String toString() {
        // Never the full address in a log line.
        return "Notice[" + audience + " " + recipientRef + " " + channel + " " + template + " to " + maskedAddress() + "]";
    }
}
