package io.zhengtong.mailbox.notification;

/**
 * Who a notification is for: the letter's writer, a unit (its configured duty address, or its
 * people with the occasion's roles, from the directory), or the leader a letter was forwarded to.
 */
public enum Audience {
    CITIZEN, UNIT, LEADER
}
