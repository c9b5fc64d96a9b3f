package io.zhengtong.mailbox.notification;

/** How a notification travels. */
public enum Channel {
    EMAIL, SMS
}
