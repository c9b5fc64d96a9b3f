package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Letter;

/**
 * A letter as loaded, with the version it had: clerks send that version back with every change.
 * {@code suspectedDuplicate} (疑似重复): it looked like letters written before it when it came in.
 */
public record StoredLetter(Letter letter, long version, boolean suspectedDuplicate) {

    /** A letter not suspected of being a duplicate. */
    public StoredLetter(Letter letter, long version) {
        this(letter, version, false);
    }

    /** The same letter after a change stored as {@code newVersion}; the flag stays. */
    public StoredLetter changed(Letter changed, long newVersion) {
        return new StoredLetter(changed, newVersion, suspectedDuplicate);
    }
}
