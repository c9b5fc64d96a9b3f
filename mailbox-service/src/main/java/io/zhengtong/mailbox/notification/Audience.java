package io.zhengtong.mailbox.notification;

/** Who a notification is for: the letter's writer, or a unit's duty address. */
public enum Audience {
    CITIZEN, UNIT
}
