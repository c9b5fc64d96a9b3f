package io.zhengtong.exchange.outgoing;

/** Where an outgoing document (发文) stands inside the sending unit. */
public enum OutgoingStatus {

    DRAFTING("拟稿"),
    CHECKING("待核稿"),
    AWAITING_SIGN_OFF("待签发"),
    SIGNED_OFF("已签发待分发"),
    DISPATCHED("已分发");

    private final String label;

    OutgoingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
