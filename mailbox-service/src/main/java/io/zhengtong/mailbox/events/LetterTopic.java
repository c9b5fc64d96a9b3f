package io.zhengtong.mailbox.events;

/**
 * The topic of every letter event, keyed by letter id so one letter's events stay in order. The
 * platform creates it at start-up from the event contracts.
 */
final class LetterTopic {

    static final String TOPIC = "mailbox.letters";

    private LetterTopic() {
    }
}
