package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Letter;

/** A letter as loaded, with the version it had: clerks send that version back with every change. */
public record StoredLetter(Letter letter, long version) {
}
