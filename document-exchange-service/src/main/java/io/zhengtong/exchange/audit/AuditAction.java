package io.zhengtong.exchange.audit;

/** What happened to a document; the name is stored, the label is shown. */
public enum AuditAction {

    COMPOSED("拟稿"),
    SUBMITTED("送核稿"),
    SENT_BACK("退回修改"),
    REVIEWED("核稿"),
    APPROVED("签发"),
    NUMBERED("编号"),
    DISPATCHED("分发"),
    DELIVERED("送达"),
    READ("阅读"),
    SIGNED_FOR("签收"),
    RETURNED("退回"),
    REMINDED("催办"),
    REGISTERED("登记"),
    PROPOSED("拟办"),
    INSTRUCTED("批办"),
    HANDLED("承办"),
    COMPLETED("办结"),
    ARCHIVED("归档");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
