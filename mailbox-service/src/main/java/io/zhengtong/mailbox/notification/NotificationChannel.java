package io.zhengtong.mailbox.notification;

/** A way to send a notice: e-mail or SMS. */
public interface NotificationChannel {

    Channel channel();

    /** Whether a server is configured; without one, notices on this channel are recorded as skipped. */
    boolean configured();

    /**
     * Sends one notice.
     *
     * @throws Unavailable the server cannot be reached or refused for now: try again later
     * @throws Refused the server refused this recipient for good (an invalid address): do not retry
     */
    void send(Notice notice) throws Unavailable, Refused;

    /** The server is down or busy; the notice should be sent later. */
    class Unavailable extends Exception {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server will never accept this notice (e.g. the address does not exist). */
    class Refused extends Exception {
        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
