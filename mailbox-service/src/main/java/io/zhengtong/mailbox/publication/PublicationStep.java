package io.zhengtong.mailbox.publication;

/**
 * 选登's two staff steps. {@link #segment()} is the last path segment of their endpoint,
 * {@code POST /api/mailbox/letters/{id}/<segment>}, and what a letter's {@code allowedActions} lists.
 */
public enum PublicationStep {

    PUBLISH("publish"),
    UNPUBLISH("unpublish");

    private final String segment;

    PublicationStep(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }
}
