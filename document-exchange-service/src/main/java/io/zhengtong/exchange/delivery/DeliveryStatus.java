package io.zhengtong.exchange.delivery;

/** A recipient unit's copy, as its inbox and the sender's tracking board show it. */
public enum DeliveryStatus {

    DELIVERED("待签收"),
    READ("已阅待签收"),
    SIGNED_FOR("已签收"),
    RETURNED("已退回");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the recipient: reminders apply, the inbox lists it under 待签收. */
    public boolean isPending() {
        return this == DELIVERED || this == READ;
    }
}
