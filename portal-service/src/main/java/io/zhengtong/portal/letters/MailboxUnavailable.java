package io.zhengtong.portal.letters;

/** The mailbox service did not answer (down, too slow, or the circuit breaker is open): the page degrades. */
class MailboxUnavailable extends RuntimeException {

    MailboxUnavailable(Throwable cause) {
        super("mailbox service unavailable", cause);
    }
}
