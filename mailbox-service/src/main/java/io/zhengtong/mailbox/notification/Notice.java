package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.privacy.Masking;

/**
 * One message to one address. {@code recipientRef} says who it is for without the address
 * ({@code citizen} or the unit's code): with the event id and channel it identifies the
 * notification, so a redelivered event finds what was already sent.
 */
public record Notice(Audience audience, String recipientRef, Channel channel, String address, Template template,
        String subject, String text) {

    /** The address as the notification log keeps it. */
    public String maskedAddress() {
        return channel == Channel.SMS ? Masking.phone(address) : Masking.email(address);
    }

    @Override
    public String toString() {
        // Never the full address in a log line.
        return "Notice[" + audience + " " + recipientRef + " " + channel + " " + template + " to " + maskedAddress() + "]";
    }
}
