package io.zhengtong.mailbox.letter;

/**
 * How to reach the writer. Every field may be empty (anonymous letters). Phone and ID number are
 * plain here; they are encrypted at rest by the persistence layer and masked by
 * {@code io.zhengtong.mailbox.privacy.Masking} in lists and public pages.
 */
public record Contact(String name, String phone, String email, String idNumber) {

    public static Contact anonymous() {
        return new Contact(null, null, null, null);
    }

    public boolean isAnonymous() {
        return name == null && phone == null && email == null && idNumber == null;
    }

    @Override
    public String toString() {
        // Never in logs by accident (a record's default would print the phone and ID number in full).
        return isAnonymous() ? "Contact[anonymous]" : "Contact[******]";
    }
}
